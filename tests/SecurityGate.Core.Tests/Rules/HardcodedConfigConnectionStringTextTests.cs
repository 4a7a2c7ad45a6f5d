using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>
/// SG5002 on connection strings built by concatenation or interpolation: the text is spelled out when every part is a
/// constant or a local, field, property or method that only holds one literal; a part that is not fixed here keeps it out.
/// </summary>
public sealed class HardcodedConfigConnectionStringTextTests
{
    [Fact]
    public void Connection_strings_built_from_literals_through_locals_fields_and_methods_are_reported()
    {
        const string source = """
            using System.Data.SqlClient;
            static class Data
            {
                private static readonly string Host = "db";
                private const string User = "sa";
                private static string fieldPassword = "Pr0d-P4ss";
                static SqlConnection ThroughLocal()
                {
                    string pw = "Pr0d-P4ss";
                    return new SqlConnection("Server=db;User ID=sa;Password=" + pw);
                }
                static SqlConnection ThroughInterpolation()
                {
                    var pw = "Pr0d-P4ss";
                    return new SqlConnection($"Server={Host};User ID={User};Password={pw};Encrypt=true");
                }
                static SqlConnection ThroughFieldAndMethod() =>
                    new SqlConnection("Server=" + Host + ";Password=" + fieldPassword + ";Pwd=" + Secret());
                static string Secret() => "Pr0d-P4ss";
                static SqlConnection ThroughLocalsHoldingParts(bool builtIn)
                {
                    var prefix = "Server=db;User ID=sa;";
                    string? pw = null;
                    if (builtIn) { pw = "Pr0d-P4ss"; }
                    var text = prefix + "Password=" + pw + ';';
                    return new SqlConnection(text);
                }
                static SqlConnection Constant() => new SqlConnection("Server=db;User ID=sa;Password=" + "Pr0d-P4ss");
            }
            """;
        Assert.Equal(["SG5002@10:34", "SG5002@15:34", "SG5002@18:27", "SG5002@25:20", "SG5002@28:58"], RuleHarness.Ids("SG5002", source));
    }

    [Fact]
    public void Connection_strings_with_a_part_that_is_not_fixed_or_without_a_real_password_stay_silent()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            using Microsoft.Extensions.Configuration;
            class Data(IConfiguration configuration)
            {
                private static readonly bool UseVault = true;
                SqlConnection FromConfiguration()
                {
                    var pw = configuration["Db:Password"];
                    return new SqlConnection("Server=db;User ID=sa;Password=" + pw);
                }
                SqlConnection Reassigned()
                {
                    var pw = "Pr0d-P4ss";
                    pw = configuration["Db:Password"];
                    return new SqlConnection($"Server=db;User ID=sa;Password={pw}");
                }
                SqlConnection DeadLiteral()
                {
                    string? pw;
                    if (UseVault) { pw = configuration["Db:Password"]; } else { pw = "Pr0d-P4ss"; }
                    return new SqlConnection("Server=db;Password=" + pw);
                }
                public static SqlConnection FromInput(string password) => new SqlConnection("Server=db;Password=" + password);
                static SqlConnection FromConsole() => new SqlConnection("Server=db;Password=" + Console.ReadLine());
                static SqlConnection Placeholder()
                {
                    var pw = "${DB_PASSWORD}";
                    return new SqlConnection("Server=db;User ID=sa;Password=" + pw);
                }
                static SqlConnection Integrated()
                {
                    var database = "App";
                    return new SqlConnection($"Server=.;Database={database};Integrated Security=true");
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5002", source));
    }
}
