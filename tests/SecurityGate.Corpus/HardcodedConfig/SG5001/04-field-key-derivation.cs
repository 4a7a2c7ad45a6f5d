// expect: SG5001
// CWE-259 via SG5001; shape: field. A static readonly field holds the password of a key derivation.
// Bad() carries the flaw; Good* twins derive from a password the caller supplies and must stay silent.
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private static readonly string MasterPassword = "Vault-Master-7731";
    private readonly IConfiguration _configuration;

    public Case(IConfiguration configuration) => _configuration = configuration;

    public byte[] Bad(byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(MasterPassword, salt, 600_000, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }

    public byte[] Good(byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(_configuration["Vault:MasterPassword"] ?? string.Empty, salt, 600_000, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }
}
