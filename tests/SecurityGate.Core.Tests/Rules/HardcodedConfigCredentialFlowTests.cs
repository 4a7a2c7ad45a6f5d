using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>
/// SG5001 beyond the plain sinks: password-based key derivation and URI passwords, and comparisons with values
/// held in locals and dictionaries that only ever hold literals.
/// </summary>
public sealed class HardcodedConfigCredentialFlowTests
{
    [Fact]
    public void Literal_passwords_for_key_derivation_and_uri_builders_are_reported_once()
    {
        const string source = """
            #pragma warning disable SYSLIB0041
            using System;
            using System.Security.Cryptography;
            static class Backup
            {
                static byte[] Key(byte[] salt)
                {
                    var legacy = new PasswordDeriveBytes("Backup#2024", salt);
                    var fromBytes = new PasswordDeriveBytes(System.Text.Encoding.UTF8.GetBytes("Backup#2024"), salt);
                    using var kdf = new Rfc2898DeriveBytes("Backup#2024", salt, 100_000, HashAlgorithmName.SHA256);
                    return legacy.GetBytes(32);
                }
                static Uri Ftp()
                {
                    var builder = new UriBuilder("ftp://files.example.com/") { UserName = "svc", Password = "t0ps3cr3t" };
                    builder.Password = "t0ps3cr3t";
                    return builder.Uri;
                }
            }
            """;
        Assert.Equal(["SG5001@8:46", "SG5001@9:49", "SG5001@10:48", "SG5001@15:97", "SG5001@16:28"], RuleHarness.Ids("SG500", source));
    }

    [Fact]
    public void Key_derivation_and_uri_passwords_from_configuration_or_placeholders_stay_silent()
    {
        const string source = """
            #pragma warning disable SYSLIB0041
            using System;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Configuration;
            class Backup(IConfiguration configuration)
            {
                byte[] Key(byte[] salt)
                {
                    var legacy = new PasswordDeriveBytes(configuration["Backup:Password"]!, salt);
                    var sample = new PasswordDeriveBytes("<password>", salt);
                    return legacy.GetBytes(32);
                }
                Uri Ftp()
                {
                    var builder = new UriBuilder("ftp://files.example.com/") { UserName = "svc", Password = configuration["Ftp:Password"] };
                    builder.Password = "";
                    return builder.Uri;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG500", source));
    }

    [Fact]
    public void Passwords_compared_with_locals_and_dictionaries_of_literals_are_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            static class AdminCheck
            {
                private static readonly Dictionary<string, string> Users = new() { ["admin"] = "admin123", ["ops"] = "0ps-2024!" };
                static bool ViaLocal(string password)
                {
                    var expected = "Adm1n-Pa55!";
                    return password == expected;
                }
                static bool ViaEquals(string password)
                {
                    var expected = "password";
                    return string.Equals(password, expected, StringComparison.Ordinal);
                }
                static bool ViaTryGetValue(string user, string password) =>
                    Users.TryGetValue(user, out var stored) && stored == password;
                static bool ViaIndexer(string user, string password)
                {
                    var table = new Dictionary<string, string>(StringComparer.Ordinal) { { "admin", "admin123" } };
                    table.Add("guest", "guest-2024");
                    return table[user] == password;
                }
            }
            """;
        Assert.Equal(["SG5001@9:28", "SG5001@14:40", "SG5001@17:52", "SG5001@22:16"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Passwords_compared_with_configuration_stores_labels_and_placeholders_stay_silent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Configuration;
            interface IUserStore { string PasswordHashFor(string user); }
            class AdminCheck(IConfiguration configuration, IUserStore store)
            {
                const string PASSWORD = "Password";
                private readonly Dictionary<string, string> fromConfiguration = new();
                private readonly Dictionary<string, string> overridden = new() { ["admin"] = "admin123" };
                bool ViaConfiguration(string password) => password == configuration["Admin:Password"];
                bool ViaLocalFromConfiguration(string password)
                {
                    var expected = configuration["Admin:Password"];
                    return string.Equals(password, expected, StringComparison.Ordinal);
                }
                bool ViaReassignedLocal(string password)
                {
                    var expected = "Adm1n-Pa55!";
                    expected = configuration["Admin:Password"];
                    return password == expected;
                }
                bool ViaStoredHash(string user, string passwordHash)
                {
                    var storedPasswordHash = store.PasswordHashFor(user);
                    return passwordHash == storedPasswordHash;
                }
                bool ViaDictionaryFromConfiguration(string user, string password)
                {
                    fromConfiguration.Add(user, configuration["Users:" + user]!);
                    overridden["admin"] = configuration["Users:admin"]!;
                    return fromConfiguration.TryGetValue(user, out var stored) && stored == password
                        || overridden[user] == password;
                }
                bool ViaLabelsAndPlaceholders(string password)
                {
                    var empty = "";
                    var sample = "<password>";
                    return password == PASSWORD || password == empty || password == sample;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }
}
