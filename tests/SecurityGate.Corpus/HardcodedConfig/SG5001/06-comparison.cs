// expect: SG5001
// CWE-798 via SG5001; shape: comparison. An entered password is compared with a literal (a back door).
// Bad() carries the flaw; Good* twins compare hashes with a stored hash and must stay silent.
using System;
using System.Security.Cryptography;
using System.Text;

public sealed class Case
{
    public bool Bad(string password) => password == "Adm1n!Override";

    public bool Good(string password, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), storedHash);
}
