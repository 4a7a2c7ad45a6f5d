// expect: SG5003
// CWE-321 via SG5003; shape: byte-array. An AES key is a constant byte array.
// Bad() carries the flaw; Good* twins generate the key with RandomNumberGenerator and must stay silent.
using System.Security.Cryptography;

public sealed class Case
{
    public Aes Bad()
    {
        var aes = Aes.Create();
        aes.Key = new byte[] { 0x10, 0x21, 0x32, 0x43, 0x54, 0x65, 0x76, 0x87, 0x98, 0xA9, 0xBA, 0xCB, 0xDC, 0xED, 0xFE, 0x0F };
        return aes;
    }

    public Aes Good()
    {
        var aes = Aes.Create();
        aes.Key = RandomNumberGenerator.GetBytes(32);
        return aes;
    }
}
