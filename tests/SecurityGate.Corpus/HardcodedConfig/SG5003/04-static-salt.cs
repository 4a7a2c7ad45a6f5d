// expect: SG5003
// CWE-760 via SG5003; shape: static-field. A static readonly salt is given to a key derivation.
// Bad() carries the flaw; Good* twins fill the salt with random bytes and must stay silent.
using System.Security.Cryptography;

public sealed class Case
{
    private static readonly byte[] Salt = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    public byte[] Bad(string password) => Rfc2898DeriveBytes.Pbkdf2(password, Salt, 600_000, HashAlgorithmName.SHA256, 32);

    public byte[] Good(string password)
    {
        var salt = new byte[16];
        RandomNumberGenerator.Fill(salt);
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
    }
}
