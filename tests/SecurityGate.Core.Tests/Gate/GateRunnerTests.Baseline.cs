using SecurityGate.Core.Gate;

namespace SecurityGate.Core.Tests.Gate;

/// <summary>The baseline: accepted findings leave the counts wherever their code moves; new ones still count.</summary>
public sealed partial class GateRunnerTests
{
    private const string Legacy = """
        using System;
        using System.Diagnostics;
        static class Program
        {
            static void Main()
            {
                Process.Start("tar", Console.ReadLine());
                Process.Start("tar", Console.ReadLine());
            }
        }
        """;

    [Fact]
    public void A_baseline_written_from_a_build_accepts_its_findings_after_code_moves_and_counts_new_ones()
    {
        var baseline = Path.Combine(_root, "securitygate.baseline.json");
        var written = GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = baseline, UpdateBaseline = true });
        Assert.False(written.Failed);
        Assert.Equal(["Baselined 7", "Baselined 8"], written.Messages.Where(m => m.Code == "SG4001").Select(m => $"{m.Level} {m.Location!.StartLine}").ToArray());
        Assert.Contains("\"count\": 2", File.ReadAllText(baseline), StringComparison.Ordinal);
        Assert.Contains("\"file\": \"Program.cs\"", File.ReadAllText(baseline), StringComparison.Ordinal);

        // Lines added above move both findings; a third start of the same kind in the same method is one more than accepted.
        var moved = Legacy
            .Replace("    static void Main()", "    static void Helper() { }\n\n    static void Main()", StringComparison.Ordinal)
            .Replace("        Process.Start(\"tar\", Console.ReadLine());\n    }", "        Process.Start(\"tar\", Console.ReadLine());\n        Process.Start(\"tar\", Console.ReadLine());\n    }", StringComparison.Ordinal);
        var result = GateRunner.Run(Request(("Program.cs", moved)) with { BaselineFile = baseline });
        Assert.Equal(
            ["Baselined 9", "Baselined 10", "Error 11"],
            result.Messages.Where(m => m.Code == "SG4001").Select(m => $"{m.Level} {m.Location!.StartLine}").ToArray());
        Assert.Contains("(accepted in the baseline securitygate.baseline.json)", result.Messages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("SecurityGate: 1 file; command-execution 1/0 FAILED; 4 categories clean; 2 in baseline — 1 defect over threshold", result.Messages[^1].Text, StringComparison.Ordinal);
        Assert.True(result.Failed);
    }

    [Fact]
    public void Baseline_entries_no_finding_matches_are_counted_in_the_summary()
    {
        var baseline = Path.Combine(_root, "securitygate.baseline.json");
        GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = baseline, UpdateBaseline = true });

        var fixedOne = Legacy.Replace("        Process.Start(\"tar\", Console.ReadLine());\n    }", "        Process.Start(\"tar\", \"--version\");\n    }", StringComparison.Ordinal);
        var result = GateRunner.Run(Request(("Program.cs", fixedOne)) with { BaselineFile = baseline });
        Assert.False(result.Failed);
        Assert.StartsWith("SecurityGate: 1 file; 5 categories clean; 1 in baseline; 1 baseline entry no longer found — no security defects reported.", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_malformed_or_unknown_baseline_entry_is_an_error_with_its_line_and_nothing_is_analysed()
    {
        var baseline = Path.Combine(_root, "securitygate.baseline.json");
        var missing = GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = baseline });
        Assert.Equal("Error SG0005", $"{missing.Messages[0].Level} {missing.Messages[0].Code}");
        Assert.Contains("Create it with SecurityGateUpdateBaseline=true", missing.Messages[0].Text, StringComparison.Ordinal);

        File.WriteAllText(baseline, "{ \"version\": 1, \"findings\": [ { \"rule\": \"SG4001\" ");
        var malformed = GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = baseline });
        Assert.Equal("SG0004", malformed.Messages[0].Code);

        File.WriteAllText(baseline, """
            {
              "version": 2,
              "findings": [
                { "rule": "SG9999", "fingerprint": "ab", "count": 0 },
                { "fingerprint": "ab", "note": "x" }
              ]
            }
            """);
        var invalid = GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = baseline });
        Assert.True(invalid.Failed);
        Assert.Equal(
            ["SG0002 2:14", "SG0002 4:15", "SG0002 4:55", "SG0002 5:28", "SG0002 5:5", "SG0006 -"],
            invalid.Messages.Select(m => $"{m.Code} {(m.Location is null ? "-" : $"{m.Location.StartLine}:{m.Location.StartColumn}")}").ToArray());
        Assert.Contains("allowed values: 1", invalid.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Unknown key 'note'", invalid.Messages[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("SecurityGate: nothing analysed", invalid.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_or_SARIF_path_that_cannot_be_written_is_SG0002_naming_the_property_and_fails_the_build()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "reports")).FullName;
        var baseline = GateRunner.Run(Request(("Program.cs", Legacy)) with { BaselineFile = folder, UpdateBaseline = true });
        var sarif = GateRunner.Run(Request(("Program.cs", Legacy)) with { SarifFile = folder });

        foreach (var (result, property) in new[] { (baseline, "SecurityGateBaselineFile"), (sarif, "SecurityGateSarifFile") })
        {
            Assert.True(result.Failed, property + "\n" + string.Join("\n", result.Messages));
            var error = Assert.Single(result.Messages, m => m.Code == "SG0002");
            Assert.StartsWith($"Property {property} is '{folder}', which cannot be written", error.Text, StringComparison.Ordinal);
            Assert.Contains("1 configuration, source or rule error", result.Messages[^1].Text, StringComparison.Ordinal);
        }

        // Unwritten, the baseline accepted nothing: both findings count.
        Assert.Equal(2, baseline.Messages.Count(m => m.Code == "SG4001" && m.Level == GateMessageLevel.Error));
    }
}
