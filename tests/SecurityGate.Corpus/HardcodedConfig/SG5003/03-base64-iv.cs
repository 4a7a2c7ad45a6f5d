// expect: SG5003
// CWE-329 via SG5003; shape: base64. A fixed IV decoded from base64 is given to CreateEncryptor.
// Bad() carries the flaw; Good* twins use a fresh IV and must stay silent.
using System;
using System.Security.Cryptography;

public sealed class Case
{
    public ICryptoTransform Bad(byte[] key)
    {
        using var aes = Aes.Create();
        var iv = Convert.FromBase64String("AAECAwQFBgcICQoLDA0ODw==");
        return aes.CreateEncryptor(key, iv);
    }

    public ICryptoTransform Good(byte[] key)
    {
        using var aes = Aes.Create();
        aes.GenerateIV();
        return aes.CreateEncryptor(key, aes.IV);
    }
}
