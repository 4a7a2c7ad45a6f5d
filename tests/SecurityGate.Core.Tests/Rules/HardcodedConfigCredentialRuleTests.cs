using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>SG5001 hard-coded credentials, SG5002 connection-string passwords, SG5003 crypto keys, SG5006 secret literals.</summary>
public sealed class HardcodedConfigCredentialRuleTests
{
    [Fact]
    public void Literal_passwords_reaching_credentials_are_reported()
    {
        const string source = """
            using System.Net;
            using System.Security.Cryptography;
            class Client
            {
                const string ServicePassword = "Tr0ub4dor&3";
                static byte[] Derive(byte[] salt)
                {
                    var credential = new NetworkCredential("svc", ServicePassword);
                    credential.Password = "hunter2!";
                    using var kdf = new Rfc2898DeriveBytes("correct horse", salt, 100_000, HashAlgorithmName.SHA256);
                    return Rfc2898DeriveBytes.Pbkdf2(System.Text.Encoding.UTF8.GetBytes("changeme"), salt, 100_000, HashAlgorithmName.SHA256, 32);
                }
            }
            """;
        Assert.Equal(["SG5001@8:55", "SG5001@9:31", "SG5001@10:48", "SG5001@11:42"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Passwords_from_configuration_environment_or_placeholders_stay_silent()
    {
        const string source = """
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Configuration;
            class Client
            {
                static byte[] Derive(IConfiguration configuration, byte[] salt)
                {
                    var credential = new NetworkCredential("svc", configuration["Smtp:Password"]);
                    credential.Password = Environment.GetEnvironmentVariable("SMTP_PASSWORD");
                    var empty = new NetworkCredential("anonymous", "");
                    var sample = new NetworkCredential("svc", "<password>");
                    using var kdf = new Rfc2898DeriveBytes(Console.ReadLine()!, salt, 100_000, HashAlgorithmName.SHA256);
                    return Rfc2898DeriveBytes.Pbkdf2(System.Text.Encoding.UTF8.GetBytes("${PBKDF_PASSWORD}"), salt, 100_000, HashAlgorithmName.SHA256, 32);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Secret_named_values_compared_with_literals_are_reported()
    {
        const string source = """
            class Login
            {
                static bool Check(string user, string password, string apiKey)
                {
                    if (password == "letmein42") return true;
                    if (string.Equals(apiKey, "AKIA1234567890")) return true;
                    return "s3cr3t-token".Equals(password);
                }
            }
            """;
        Assert.Equal(["SG5001@5:25", "SG5001@6:35", "SG5001@7:16"], RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Comparisons_of_false_friend_names_and_placeholders_stay_silent()
    {
        const string source = """
            class Login
            {
                static bool Check(string tokenType, string passwordHint, string password, string user)
                {
                    if (tokenType == "Bearer") return true;
                    if (passwordHint == "your first pet") return true;
                    if (password == "") return false;
                    if (password == null) return false;
                    return user == "admin";
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", source));
    }

    [Fact]
    public void Connection_strings_with_passwords_are_reported_at_the_literal()
    {
        const string source = """
            using System.Data.Common;
            using Microsoft.EntityFrameworkCore;
            class Data
            {
                private const string ConnectionString = "Host=db;Username=app;Password=Pr0d-P4ss";
                static void Configure(DbContextOptionsBuilder options, DbConnection connection)
                {
                    using var first = new Npgsql.NpgsqlConnection(ConnectionString);
                    options.UseSqlServer("Server=.;Database=App;User Id=sa;Pwd=Sql$erver1");
                    connection.ConnectionString = "Data Source=x;user password=abc123";
                    var reporting = "Server=r;Password=R3port!";
                    var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(reporting);
                }
            }
            """;
        Assert.Equal(["SG5002@5:45", "SG5002@9:30", "SG5002@10:39", "SG5002@11:25"], RuleHarness.Ids("SG5002", source));
    }

    [Fact]
    public void A_connection_created_under_a_using_alias_with_a_password_is_reported()
    {
        const string usings = """
            global using Db = Npgsql.NpgsqlConnection;
            """;
        const string source = """
            class Data
            {
                static void Open()
                {
                    using var first = new Db("Host=db;Username=app;Password=Pr0d-P4ss");
                    using var second = new Db("Host=db;Username=app;Password=${DB_PASSWORD}");
                }
            }
            """;
        Assert.Equal(["SG5002@5:34"], RuleHarness.Ids("SG5002", usings, source));
    }

    [Fact]
    public void Connection_strings_without_passwords_or_from_configuration_stay_silent()
    {
        const string source = """
            using System.Data.Common;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Configuration;
            class Data
            {
                private const string ConnectionString = "Server=.;Database=App;Integrated Security=true";
                static void Configure(DbContextOptionsBuilder options, DbConnection connection, IConfiguration configuration)
                {
                    using var first = new Npgsql.NpgsqlConnection(ConnectionString);
                    options.UseSqlServer(configuration.GetConnectionString("App"));
                    connection.ConnectionString = "Host=db;Username=app;Password=${DB_PASSWORD}";
                    var template = "Server=r;Password=";
                    var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(template + configuration["DbPassword"]);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5002", source));
    }

    [Fact]
    public void Constant_keys_ivs_and_salts_are_reported()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            class Crypto
            {
                static readonly byte[] Salt = { 1, 2, 3, 4, 5, 6, 7, 8 };
                static void Run(byte[] data, string password)
                {
                    using var aes = Aes.Create();
                    aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");
                    var iv = new byte[16];
                    var encryptor = aes.CreateEncryptor(aes.Key, iv);
                    using var hmac = new HMACSHA256(Convert.FromBase64String("c2VjcmV0LWtleS1mb3ItaG1hYw=="));
                    using var kdf = new Rfc2898DeriveBytes(password, Salt, 100_000, HashAlgorithmName.SHA256);
                    var signingKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(new byte[] { 0x10, 0x20, 0x30 });
                }
            }
            """;
        Assert.Equal(["SG5003@10:19", "SG5003@12:54", "SG5003@13:41", "SG5003@14:58", "SG5003@15:82"], RuleHarness.Ids("SG5003", source));
    }

    [Fact]
    public void Random_or_configured_keys_stay_silent()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            class Crypto
            {
                static void Run(IConfiguration configuration, string password)
                {
                    using var aes = Aes.Create();
                    aes.Key = Encoding.UTF8.GetBytes(configuration["Crypto:Key"]!);
                    var iv = new byte[16];
                    RandomNumberGenerator.Fill(iv);
                    var encryptor = aes.CreateEncryptor(aes.Key, iv);
                    using var hmac = new HMACSHA256(RandomNumberGenerator.GetBytes(32));
                    var salt = RandomNumberGenerator.GetBytes(16);
                    using var kdf = new Rfc2898DeriveBytes(password, salt, 100_000, HashAlgorithmName.SHA256);
                    var signingKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("JWT_KEY")!));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5003", source));
    }

    [Fact]
    public void Secret_looking_literals_in_secret_members_are_reported()
    {
        const string source = """
            class Settings
            {
                public const string ApiKey = "sk_live_51HxQ2eZvKYlo2C";
                public string ClientSecret { get; set; } = "9f8e7d6c5b4a3210fedcba";
                private static string _accessToken = "ghp_a1B2c3D4e5F6g7H8";
                static object Make() => new { PrivateKey = "MIIEvQIBADANBgkqhk" };
                static void Set(Settings settings) => settings.ClientSecret = "Xy7#kP2$mQ9!";
            }
            """;
        Assert.Equal(["SG5006@3:34", "SG5006@4:48", "SG5006@5:42", "SG5006@6:48", "SG5006@7:67"], RuleHarness.Ids("SG5006", source));
    }

    [Fact]
    public void Labels_placeholders_urls_and_false_friend_names_stay_silent()
    {
        const string source = """
            class Settings
            {
                public const string PASSWORD = "Password";
                public const string PasswordField = "password";
                public const string PasswordQuestion = "What is your pet's name?";
                public const string TokenEndpoint = "https://login.example.com/oauth2/token";
                public const string SecretName = "prod-db-credentials-2024";
                public const string ApiKeyConfigKey = "Secrets:ApiKey";
                public string ClientSecret { get; set; } = "<client-secret>";
                private static string _accessToken = "your-token-here";
                public const string PasswordPolicy = "MinLength=12;Digits=2";
                public const string ApiKey = "X-Api-Key";
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5006", source));
    }

    [Fact]
    public void A_secret_literal_used_as_a_credential_is_reported_once_by_SG5001()
    {
        const string source = """
            using System.Net;
            class Client
            {
                static NetworkCredential Make()
                {
                    var password = "Qz8!vR2#pL5@";
                    return new NetworkCredential("svc", password);
                }
            }
            """;
        Assert.Equal(["SG5001@7:45"], RuleHarness.Ids("SG500", source));
    }
    [Fact]
    public void A_constant_password_passed_from_another_file_is_reported_at_the_sink()
    {
        const string client = """
            using System.Net;
            static class Client
            {
                public static NetworkCredential Connect(string user, string secret) => new(user, secret);
                public static NetworkCredential Make() => new("svc", Keys.Current());
            }
            """;
        const string program = """
            static class Keys
            {
                public static string Current() => "Kx9!mB3#vQ7z";
            }
            class Program
            {
                static void Main() => Client.Connect("svc", "Wq4$Tz8!pL2n");
            }
            """;
        Assert.Equal(["SG5001@4:86", "SG5001@5:58"], RuleHarness.Ids("SG5001", client, program));
    }

    [Fact]
    public void A_password_parameter_that_also_receives_input_stays_silent()
    {
        const string client = """
            using System.Net;
            static class Client
            {
                public static NetworkCredential Connect(string user, string secret) => new(user, secret);
            }
            """;
        const string program = """
            using System;
            class Program
            {
                static void Main()
                {
                    Client.Connect("svc", "Wq4$Tz8!pL2n");
                    Client.Connect("svc", Console.ReadLine()!);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5001", client, program));
    }

    [Fact]
    public void Secret_constant_in_another_file_used_as_a_credential_is_reported_once_under_sg5001()
    {
        const string secrets = """
            internal static class Secrets
            {
                public const string CertificatePassword = "Pfx!Export99";
                public const string UnusedApiKey = "a7Gk29Qp0Xz4Lm8Rt6Vb1Nc3";
            }
            """;
        const string program = """
            using System.Security.Cryptography.X509Certificates;
            class Program
            {
                static X509Certificate2 Load() => new X509Certificate2("signing.pfx", Secrets.CertificatePassword);
            }
            """;
        Assert.Equal(["SG5006@4:40"], RuleHarness.Ids("SG5006", secrets, program));
        Assert.Single(RuleHarness.Ids("SG5001", secrets, program));
    }
}
