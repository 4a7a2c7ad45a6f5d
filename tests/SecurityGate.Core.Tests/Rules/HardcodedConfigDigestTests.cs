using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>
/// Digests and hex or Base64 spellings of fixed data are fixed: SG5001 on secrets compared with a digest of a literal,
/// SG5003 on keys and IVs hashed from literals.
/// </summary>
public sealed class HardcodedConfigDigestTests
{
    [Fact]
    public void Secrets_compared_with_digests_of_literals_are_reported()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            static class AdminCheck
            {
                static bool ViaHashedLocals(string password)
                {
                    var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
                    var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("Adm1n-Pa55!")));
                    return string.Equals(hash, expected, StringComparison.OrdinalIgnoreCase);
                }
                static bool ViaPlainSecret(string password)
                {
                    var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("Adm1n-Pa55!")));
                    return string.Equals(password, expected, StringComparison.OrdinalIgnoreCase);
                }
                static bool ViaComputeHashSpelling(string password)
                {
                    using var sha = SHA256.Create();
                    var hash = BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(password))).Replace("-", "").ToLowerInvariant();
                    return hash == BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes("0ps-2024!"))).Replace("-", "").ToLowerInvariant();
                }
                static bool ViaFixedKeyHmac(string apiKey)
                {
                    var digest = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("pepper-2024"), Encoding.UTF8.GetBytes(apiKey)));
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("pepper-2024"));
                    return digest == Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("AKIA1234567890")));
                }
                static bool ViaDigestName(string passwordHash) => passwordHash == "5F4DCC3B5AA765D61D8327DEB882CF99";
            }
            """;
        Assert.Equal(["SG5001@10:36", "SG5001@15:40", "SG5001@21:24", "SG5001@27:26", "SG5001@29:71"], RuleHarness.Ids("SG5001", source));
        var messages = RuleHarness.Analyze(source).Where(f => f.Rule.Id == "SG5001").Select(f => f.Message).ToList();
        Assert.StartsWith("'hash', computed from 'password', is compared with a hard-coded value", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("'password' is compared with a hard-coded value", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("'digest', computed from 'apiKey', is compared", messages[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Digests_of_stored_configured_random_or_non_secret_values_stay_silent()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            interface IUserStore { string PasswordHashFor(string user); }
            class AdminCheck(IUserStore store, IConfiguration configuration)
            {
                const string AdminPassword = "Adm1n-Pa55!";
                bool ViaStoredHash(string user, string password)
                {
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
                    return string.Equals(hash, store.PasswordHashFor(user), StringComparison.OrdinalIgnoreCase);
                }
                bool ViaConfiguredHash(string password)
                {
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
                    var expected = configuration["Admin:PasswordHash"];
                    return hash == expected;
                }
                bool ViaFileHash(string password) =>
                    Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))) == File.ReadAllText("admin.hash");
                bool ViaConfiguredHmacKey(string apiKey)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(configuration["Pepper"]!));
                    var digest = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(apiKey)));
                    return digest == Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("AKIA1234567890")));
                }
                bool ViaRandomHmacKey(string apiKey)
                {
                    using var hmac = new HMACSHA256();
                    var digest = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(apiKey)));
                    return digest == Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("AKIA1234567890")));
                }
                bool ViaContentHash(string content)
                {
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
                    return hash == Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("hello world")));
                }
                bool ViaEmptyAndConstantSecrets(string password)
                {
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
                    var constantHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AdminPassword)));
                    return hash == Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(""))) || constantHash == Convert.ToHexString(SHA256.HashData(new byte[4]));
                }
                bool ViaStreamDigest(string passwordHash, Stream stream) => passwordHash == Convert.ToHexString(SHA256.HashData(stream));
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Keys_and_ivs_hashed_from_literals_are_reported()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.IdentityModel.Tokens;
            class Crypto
            {
                static void Run()
                {
                    using var aes = Aes.Create();
                    aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes("correct horse battery staple"));
                    aes.IV = MD5.HashData(Encoding.UTF8.GetBytes("iv-seed-2024"));
                    using var hmac = new HMACSHA256(SHA256.HashData(new byte[32]));
                    var signingKey = new SymmetricSecurityKey(HMACSHA512.HashData(Encoding.UTF8.GetBytes("pepper"), Encoding.UTF8.GetBytes("jwt-passphrase")));
                }
            }
            """;
        // The HMAC key inside the signing key's derivation is a hard-coded key of its own, and is reported too.
        Assert.Equal(["SG5003@9:19", "SG5003@10:18", "SG5003@11:41", "SG5003@12:51", "SG5003@12:71"], RuleHarness.Ids("SG5003", source));
        var hmacMessage = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG5003" && f.Message.Contains("HMACSHA256", StringComparison.Ordinal)).Message;
        Assert.DoesNotContain("all zeros", hmacMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_hashed_from_configured_random_or_caller_values_stay_silent()
    {
        const string source = """
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.IdentityModel.Tokens;
            public class Crypto
            {
                public static void Run(IConfiguration configuration, string passphrase, Stream keyFile)
                {
                    using var aes = Aes.Create();
                    aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(configuration["Crypto:Passphrase"]!));
                    aes.IV = MD5.HashData(RandomNumberGenerator.GetBytes(16));
                    using var hmac = new HMACSHA256(SHA256.HashData(keyFile));
                    var signingKey = new SymmetricSecurityKey(SHA512.HashData(Encoding.UTF8.GetBytes(passphrase)));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5003", source));
    }
}
