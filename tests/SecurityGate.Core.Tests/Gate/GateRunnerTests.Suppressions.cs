using SecurityGate.Core.Gate;

namespace SecurityGate.Core.Tests.Gate;

/// <summary>Suppressions in source: which findings they take out of the counts, and what the log says of them.</summary>
public sealed partial class GateRunnerTests
{
    private const string Suppressed = """
        using System;
        using System.Diagnostics;
        using System.Diagnostics.CodeAnalysis;
        static class Program
        {
            static void Pragma()
            {
        #pragma warning disable SG4001 // the tool list is checked by the caller
                Process.Start("tar", Console.ReadLine());
        #pragma warning restore SG4001
                Process.Start("tar", Console.ReadLine());
            }

            static void OtherRule()
            {
        #pragma warning disable SG4002
                Process.Start("tar", Console.ReadLine());
        #pragma warning restore SG4002
            }

            static void Bare()
            {
        #pragma warning disable
                Process.Start("tar", Console.ReadLine());
        #pragma warning restore
            }

            [SuppressMessage("Security", "SG4001:Process started with arguments that are not constant", Justification = "an operator's console")]
            static void Attribute() => Process.Start("tar", Console.ReadLine());

            [SuppressMessage("Security", "SG4001")]
            static void Unjustified() => Process.Start("tar", Console.ReadLine());

            static void Inactive()
            {
        #if NEVER
        #pragma warning disable SG4001
        #endif
                Process.Start("tar", Console.ReadLine());
            }
        }
        """;

    [Fact]
    public void A_pragma_or_attribute_naming_the_rule_suppresses_and_a_bare_pragma_another_rule_or_an_inactive_branch_do_not()
    {
        var result = GateRunner.Run(Request(("Program.cs", Suppressed)));

        Assert.Equal(
            [
                "Suppressed SG4001 9 the tool list is checked by the caller",
                "Error SG4001 11 ",
                "Error SG4001 17 ",
                "Error SG4001 24 ",
                "Suppressed SG4001 29 an operator's console",
                "Suppressed SG4001 32 ",
                "Error SG4001 39 ",
            ],
            result.Messages.Where(m => m.Code == "SG4001").Select(m => $"{m.Level} {m.Code} {m.Location!.StartLine} {Justification(m.Text)}").ToArray());
        Assert.Contains("(suppressed by the #pragma warning disable at line 8: the tool list is checked by the caller)", result.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("(suppressed by the [SuppressMessage] at line 31)", result.Messages.Single(m => m.Location?.StartLine == 32).Text, StringComparison.Ordinal);
        Assert.StartsWith("SecurityGate: 1 file; command-execution 4/0 FAILED; 4 categories clean; 3 suppressed in source — 4 defects over threshold in command-execution.", result.Messages[^1].Text, StringComparison.Ordinal);
        Assert.True(result.Failed);
    }

    [Fact]
    public void Under_requireJustification_only_a_suppression_that_says_why_counts()
    {
        File.WriteAllText(Path.Combine(_root, "securitygate.json"), """{ "requireJustification": true }""");
        var result = GateRunner.Run(Request(("Program.cs", Suppressed)));

        Assert.Equal(
            ["Suppressed 9", "Error 11", "Error 17", "Error 24", "Suppressed 29", "Error 32", "Error 39"],
            result.Messages.Where(m => m.Code == "SG4001").Select(m => $"{m.Level} {m.Location!.StartLine}").ToArray());
        Assert.EndsWith("(the [SuppressMessage] at line 31 does not suppress it: the policy requires a justification)", result.Messages.Single(m => m.Location?.StartLine == 32).Text, StringComparison.Ordinal);
        Assert.StartsWith("SecurityGate: 1 file; command-execution 5/0 FAILED; 4 categories clean; 2 suppressed in source", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_whose_only_findings_are_suppressed_passes()
    {
        var result = GateRunner.Run(Request(("Program.cs", """
            using System;
            using System.Diagnostics;
            static class Program
            {
                static void Main()
                {
            #pragma warning disable SG4001 // reviewed
                    Process.Start("tar", Console.ReadLine());
            #pragma warning restore SG4001
                }
            }
            """)));

        Assert.False(result.Failed);
        Assert.Equal(["Suppressed SG4001", "Info SG0006"], result.Messages.Select(m => $"{m.Level} {m.Code}").ToArray());
        Assert.StartsWith("SecurityGate: 1 file; 5 categories clean; 1 suppressed in source — no security defects reported.", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_level_suppressions_in_GlobalSuppressions_cover_the_member_or_type_their_target_names()
    {
        var result = GateRunner.Run(Request(
            ("Program.cs", """
                using System;
                using System.Diagnostics;
                namespace App
                {
                    static class Program
                    {
                        static void Vetted(string tool) => Process.Start(tool, Console.ReadLine());
                        static void Other() => Process.Start("tar", Console.ReadLine());
                    }

                    static class Tools
                    {
                        static void Run() => Process.Start("tar", Console.ReadLine());
                    }
                }
                """),
            ("GlobalSuppressions.cs", """
                using System.Diagnostics.CodeAnalysis;

                [assembly: SuppressMessage("Security", "SG4001:Process started with arguments that are not constant", Justification = "vetted tool list", Scope = "member", Target = "~M:App.Program.Vetted(System.String)")]
                [assembly: SuppressMessage("Security", "SG4001", Justification = "an operator's console", Scope = "type", Target = "~T:App.Tools")]
                [assembly: SuppressMessage("Security", "SG4002", Scope = "type", Target = "~T:App.Program")]
                [assembly: SuppressMessage("Security", "SG4001", Scope = "member", Target = "~M:App.Missing")]
                """)));

        Assert.Equal(
            ["Suppressed SG4002 7 ", "Suppressed SG4001 7 vetted tool list", "Error SG4001 8 ", "Suppressed SG4001 13 an operator's console"],
            result.Messages.Where(m => m.Code.StartsWith("SG4", StringComparison.Ordinal)).Select(m => $"{m.Level} {m.Code} {m.Location!.StartLine} {Justification(m.Text)}").ToArray());
        Assert.Contains("(suppressed by the [assembly: SuppressMessage] in GlobalSuppressions.cs at line 3: vetted tool list)", result.Messages[1].Text, StringComparison.Ordinal);
    }

    // The reason a suppressed message quotes, or empty.
    private static string Justification(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"\(suppressed by the .+ at line \d+: (?<why>.+)\)$") is { Success: true } match ? match.Groups["why"].Value : string.Empty;
}
