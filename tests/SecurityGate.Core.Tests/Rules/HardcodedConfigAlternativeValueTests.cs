using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>
/// SG5001, SG5002 and SG5003 on variables with more than one write: a write on a path a fixed condition never takes does
/// not count, and a <c>null</c> or <c>default</c> alternative neither makes a secret nor hides the literal on another path.
/// A live alternative from configuration, input or a computation still keeps the value from being hard-coded.
/// </summary>
public sealed class HardcodedConfigAlternativeValueTests
{
    [Fact]
    public void A_literal_password_whose_other_writes_are_null_or_dead_is_reported()
    {
        const string source = """
            using System.Net;
            using Microsoft.Extensions.Configuration;
            static class Vault
            {
                private static readonly bool UseBuiltIn = true;
                static NetworkCredential DeadElse()
                {
                    string? pw;
                    if (UseBuiltIn) { pw = "S3cr3t-Pa55"; } else { pw = null; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential NullFirst(bool builtIn)
                {
                    string? pw = null;
                    if (builtIn) { pw = "S3cr3t-Pa55"; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential DefaultFirst(bool builtIn)
                {
                    string? pw = default;
                    if (builtIn) { pw = "S3cr3t-Pa55"; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential DeadConfiguration(IConfiguration configuration)
                {
                    string? pw;
                    if (UseBuiltIn) { pw = "S3cr3t-Pa55"; } else { pw = configuration["Svc:Password"]; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential DeadMethodReturn(IConfiguration configuration) => new("svc", Password(configuration));
                static string? Password(IConfiguration configuration)
                {
                    if (UseBuiltIn) { return "S3cr3t-Pa55"; } else { return configuration["Svc:Password"]; }
                }
            }
            """;
        Assert.Equal(["SG5001@10:45", "SG5001@16:45", "SG5001@22:45", "SG5001@28:45", "SG5001@30:91"], RuleHarness.Ids("SG500", source));
    }

    [Fact]
    public void A_password_that_may_come_from_configuration_input_or_nowhere_stays_silent()
    {
        const string source = """
            using System;
            using System.Net;
            using Microsoft.Extensions.Configuration;
            static class Vault
            {
                private static readonly bool UseBuiltIn = true;
                private static bool useLocal = true;
                static void Toggle() => useLocal = false;
                static NetworkCredential LiveConfiguration(bool builtIn, IConfiguration configuration)
                {
                    string? pw = null;
                    if (builtIn) { pw = configuration["Svc:Password"]; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential LiteralOnAMutableSwitch(IConfiguration configuration)
                {
                    string? pw;
                    if (useLocal) { pw = "S3cr3t-Pa55"; } else { pw = configuration["Svc:Password"]; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential DeadLiteral()
                {
                    string? pw;
                    if (UseBuiltIn) { pw = Console.ReadLine(); } else { pw = "S3cr3t-Pa55"; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential LiteralOrComputed(bool builtIn, string user)
                {
                    string? pw = "S3cr3t-Pa55";
                    if (!builtIn) { pw = user.ToUpperInvariant() + Environment.MachineName; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential NullOrPlaceholder(bool builtIn)
                {
                    string? pw = null;
                    if (builtIn) { pw = "<password>"; } else { pw = ""; }
                    return new NetworkCredential("svc", pw);
                }
                static NetworkCredential OnlyNull()
                {
                    string? pw = null;
                    return new NetworkCredential("svc", pw);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG500", source));
    }

    [Fact]
    public void A_literal_key_or_connection_string_whose_other_writes_are_null_or_dead_is_reported()
    {
        const string source = """
            using System.Data.SqlClient;
            using System.Security.Cryptography;
            using System.Text;
            static class Crypto
            {
                private static readonly bool UseBuiltIn = true;
                static ICryptoTransform DeadElseKey(Aes aes)
                {
                    string? k;
                    if (UseBuiltIn) { k = "0123456789abcdef"; } else { k = null; }
                    return aes.CreateEncryptor(Encoding.UTF8.GetBytes(k), aes.IV);
                }
                static void NullFirstKey(Aes aes, bool builtIn)
                {
                    byte[]? key = null;
                    if (builtIn) { key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }; }
                    aes.Key = key!;
                }
                static SqlConnection NullFirstConnection(bool builtIn)
                {
                    string? connection = null;
                    if (builtIn) { connection = "Server=db;User ID=sa;Password=Pr0d-P4ss"; }
                    return new SqlConnection(connection);
                }
            }
            """;
        Assert.Equal(["SG5002@22:37", "SG5003@11:36", "SG5003@17:19"], RuleHarness.Ids("SG500", source).Order().ToArray());
    }

    [Fact]
    public void A_key_or_connection_string_that_may_come_from_elsewhere_stays_silent()
    {
        const string source = """
            using System.Data.SqlClient;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            static class Crypto
            {
                private static readonly bool UseBuiltIn = true;
                static ICryptoTransform DeadLiteralKey(Aes aes, IConfiguration configuration)
                {
                    string? k;
                    if (!UseBuiltIn) { k = "0123456789abcdef"; } else { k = configuration["Crypto:Key"]; }
                    return aes.CreateEncryptor(Encoding.UTF8.GetBytes(k!), aes.IV);
                }
                static void NullOrRandomKey(Aes aes, bool fresh)
                {
                    byte[]? key = null;
                    if (fresh) { key = RandomNumberGenerator.GetBytes(32); }
                    aes.Key = key!;
                }
                static SqlConnection NullOrConfigured(bool builtIn, IConfiguration configuration)
                {
                    string? connection = null;
                    if (builtIn) { connection = configuration.GetConnectionString("App"); }
                    return new SqlConnection(connection);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG500", source));
    }

    [Fact]
    public void A_secret_digest_that_starts_null_is_still_compared_with_a_literal()
    {
        const string good = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            static class AdminCheck
            {
                static bool Matches(string password, string stored)
                {
                    string? hash = null;
                    if (password.Length > 0) { hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))); }
                    return hash == stored;
                }
            }
            """;
        const string bad = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            static class AdminCheck
            {
                static bool Matches(string password)
                {
                    string? hash = null;
                    if (password.Length > 0) { hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))); }
                    return hash == "5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8";
                }
            }
            """;
        Assert.Equal(["SG5001@10:24"], RuleHarness.Ids("SG5001", bad));
        Assert.Empty(RuleHarness.Ids("SG5001", good));
    }

    [Fact]
    public void A_literal_password_deconstructed_into_the_variable_is_reported()
    {
        const string source = """
            using System.Net;
            static class Vault
            {
                static NetworkCredential Pair()
                {
                    string user, pw;
                    (user, pw) = ("svc", "S3cr3t-Pa55");
                    return new NetworkCredential(user, pw);
                }
            }
            """;
        Assert.Equal(["SG5001@8:44"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_literal_password_a_deconstruction_overwrites_with_configuration_stays_silent()
    {
        const string source = """
            using System.Net;
            using Microsoft.Extensions.Configuration;
            static class Vault
            {
                static NetworkCredential Pair(IConfiguration configuration)
                {
                    string user = "svc", pw = "S3cr3t-Pa55";
                    (user, pw) = ("svc", configuration["Svc:Password"]!);
                    return new NetworkCredential(user, pw);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_literal_password_read_from_an_array_of_literals_is_reported()
    {
        const string source = """
            using System.Net;
            static class Vault
            {
                static NetworkCredential Local()
                {
                    var all = new[] { "svc", "S3cr3t-Pa55" };
                    return new NetworkCredential(all[0], all[1]);
                }
                static NetworkCredential Passed() => Sink(new[] { "svc", "S3cr3t-Pa55" });
                static NetworkCredential Sink(string[] pair) => new NetworkCredential(pair[0], pair[1]);
            }
            """;
        Assert.Equal(["SG5001@7:46", "SG5001@10:84"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_password_read_from_an_array_with_a_configured_or_rewritten_element_stays_silent()
    {
        const string source = """
            using System.Net;
            using Microsoft.Extensions.Configuration;
            static class Vault
            {
                static NetworkCredential Configured(IConfiguration configuration)
                {
                    var all = new[] { "svc", configuration["Svc:Password"]! };
                    return new NetworkCredential(all[0], all[1]);
                }
                static NetworkCredential Rewritten(IConfiguration configuration)
                {
                    var all = new[] { "svc", "S3cr3t-Pa55" };
                    all[1] = configuration["Svc:Password"]!;
                    return new NetworkCredential(all[0], all[1]);
                }
                static NetworkCredential Passed(IConfiguration configuration) => Sink(new[] { "svc", configuration["Svc:Password"]! });
                static NetworkCredential Sink(string[] pair) => new NetworkCredential(pair[0], pair[1]);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_literal_password_read_out_of_a_collection_or_object_a_parameter_holds_is_reported()
    {
        const string source = """
            using System.Collections;
            using System.Collections.Generic;
            using System.Net;
            static class Vault
            {
                static void Callers()
                {
                    var list = new List<string>();
                    list.Add("S3cr3t-Pa55");
                    FromList(list);
                    var table = new Hashtable();
                    table["pw"] = "S3cr3t-Pa55";
                    FromTable(table);
                    var linked = new LinkedList<string>();
                    linked.AddLast("S3cr3t-Pa55");
                    FromLinked(linked);
                    FromObject((object)"S3cr3t-Pa55");
                }
                static NetworkCredential FromList(List<string> passwords) => new("svc", passwords[0]);
                static NetworkCredential FromTable(Hashtable passwords) => new("svc", (string)passwords["pw"]!);
                static NetworkCredential FromLinked(LinkedList<string> passwords) => new("svc", passwords.Last!.Value);
                static NetworkCredential FromObject(object password) => new("svc", (string)password);
            }
            """;
        Assert.Equal(["SG5001@19:77", "SG5001@20:75", "SG5001@21:85", "SG5001@22:72"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_configured_password_read_out_of_a_collection_or_object_a_parameter_holds_stays_silent()
    {
        const string source = """
            using System.Collections;
            using System.Collections.Generic;
            using System.Net;
            using Microsoft.Extensions.Configuration;
            static class Vault
            {
                static void Callers(IConfiguration configuration)
                {
                    var list = new List<string>();
                    list.Add(configuration["Svc:Password"]!);
                    FromList(list);
                    var table = new Hashtable();
                    table["pw"] = configuration["Svc:Password"];
                    FromTable(table);
                    var linked = new LinkedList<string>();
                    linked.AddLast(configuration["Svc:Password"]!);
                    FromLinked(linked);
                    FromObject((object)configuration["Svc:Password"]!);
                }
                static NetworkCredential FromList(List<string> passwords) => new("svc", passwords[0]);
                static NetworkCredential FromTable(Hashtable passwords) => new("svc", (string)passwords["pw"]!);
                static NetworkCredential FromLinked(LinkedList<string> passwords) => new("svc", passwords.Last!.Value);
                static NetworkCredential FromObject(object password) => new("svc", (string)password);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_literal_password_in_a_shared_field_nothing_else_writes_is_reported()
    {
        const string source = """
            using System.Net;
            public static class Settings
            {
                public static string Password = "S3cr3t-Pa55";
                public static string Secret { get; set; } = "An0ther-S3cr3t";
            }
            static class Client
            {
                static NetworkCredential Connect() => new("svc", Settings.Password);
                static NetworkCredential Other() => new("svc", Settings.Secret);
            }
            """;
        Assert.Equal(["SG5001@9:54", "SG5001@10:52"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void A_default_password_another_class_replaces_with_configuration_stays_silent()
    {
        const string source = """
            using System.Net;
            using Microsoft.Extensions.Configuration;
            public static class Settings
            {
                public static string Password = "S3cr3t-Pa55";
                public static string Secret { get; set; } = "An0ther-S3cr3t";
            }
            static class Startup
            {
                static void Load(IConfiguration configuration)
                {
                    Settings.Password = configuration["Svc:Password"]!;
                    Settings.Secret = configuration["Svc:Secret"]!;
                }
            }
            static class Client
            {
                static NetworkCredential Connect() => new("svc", Settings.Password);
                static NetworkCredential Other() => new("svc", Settings.Secret);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }
}
