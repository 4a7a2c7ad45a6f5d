// expect: SG5003
// CWE-321 via SG5003; shape: another-method. A helper returns a constant key that another method sets on a cipher.
// Bad() carries the flaw; Good* twins use a helper that generates the key, and must stay silent.
using System.Security.Cryptography;

public sealed class Case
{
    public byte[] Bad(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = BadKey();
        return aes.EncryptCbc(data, RandomNumberGenerator.GetBytes(16));
    }

    private static byte[] BadKey() => new byte[] { 11, 22, 33, 44, 55, 66, 77, 88, 99, 111, 122, 133, 144, 155, 166, 177 };

    public byte[] Good(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = GoodKey();
        return aes.EncryptCbc(data, RandomNumberGenerator.GetBytes(16));
    }

    private static byte[] GoodKey() => RandomNumberGenerator.GetBytes(32);
}
