using System.Text.Json;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Reporting;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Gate;

/// <summary>The SARIF file: what each result carries, and that the same input writes the same bytes.</summary>
public sealed partial class GateRunnerTests
{
    private const string SarifSource = """
        using System;
        using System.Diagnostics;
        static class Program
        {
            static void Main()
            {
                var name = Console.ReadLine();
                Process.Start("tar", name);
        #pragma warning disable SG4003 // reviewed
                Process.Start("/bin/sh", "-c " + name);
        #pragma warning restore SG4003
                try { Run(); } catch (Exception) { }
            }

            static void Run() { }
        }
        """;

    [Fact]
    public void The_SARIF_file_carries_each_result_with_its_level_span_flow_fingerprint_origin_and_suppression()
    {
        var result = GateRunner.Run(Request(("Program.cs", SarifSource)));
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, result.Findings);
        using var sarif = JsonDocument.Parse(stream.ToArray());

        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("SecurityGate", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(
            ["SG3002 warning 12:30 -", "SG4001 error 8:30 -", "SG4003 error 10:34 reviewed"],
            results.Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} {Region(r)} {Justification(r)}").Order(StringComparer.Ordinal).ToArray());

        var argument = results.Single(r => r.GetProperty("ruleId").GetString() == "SG4001");
        Assert.Equal("SG4001", rules[argument.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Contains("external/cwe/cwe-78", rules[argument.GetProperty("ruleIndex").GetInt32()].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(new Uri(Path.Combine(_root, "Program.cs")).AbsoluteUri, argument.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("external", argument.GetProperty("properties").GetProperty("origin").GetString());
        Assert.Equal(result.Findings.Single(f => f.Finding.Rule.Id == "SG4001").Finding.Fingerprint, argument.GetProperty("partialFingerprints").GetProperty("securityGate/v1").GetString());
        var flow = argument.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray()
            .Select(l => $"{l.GetProperty("location").GetProperty("message").GetProperty("text").GetString()}@{l.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()}")
            .ToArray();
        Assert.Equal(["Console.ReadLine()@7"], flow);
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "SG3002").TryGetProperty("codeFlows", out _));
    }

    [Fact]
    public void The_same_project_writes_the_same_SARIF_bytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        SarifWriter.Write(first, GateRunner.Run(Request(("Program.cs", SarifSource))).Findings);
        SarifWriter.Write(second, GateRunner.Run(Request(("Program.cs", SarifSource))).Findings);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static string Region(JsonElement result)
    {
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        return $"{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}";
    }

    private static string Justification(JsonElement result) =>
        result.TryGetProperty("suppressions", out var suppressions)
            ? $"{suppressions[0].GetProperty("justification").GetString()}"
            : "-";

    [Fact]
    public void The_Markdown_report_tables_the_findings_that_count_and_folds_away_the_suppressed_with_their_reasons()
    {
        var request = Request(("Program.cs", SarifSource));
        var markdown = MarkdownWriter.Render(GateRunner.Run(request), request.ProjectFile);
        Assert.Equal(MarkdownLines, markdown.Split('\n'));
    }

    [Fact]
    public void Markdown_cells_show_pipes_line_breaks_and_markup_in_a_message_as_text()
    {
        var finding = new Finding(
            RuleCatalogue.ProcessArgumentsFromData,
            new SourceSpan(Path.Combine(_root, "Program.cs"), 3, 5, 3, 9),
            "a | b\n<script> `code` *bold* _it_ & co",
            Origin.External,
            [],
            "0123456789abcdef");
        var result = new GateResult([new GateMessage(GateMessageLevel.Info, "SG0006", null, "SecurityGate: 1 file.")], Failed: false)
        {
            Findings = [new ReportedFinding(finding, GateMessageLevel.Warning, GateSeverity.Warning)],
        };

        var row = Assert.Single(MarkdownWriter.Render(result, Path.Combine(_root, "App.csproj")).Split('\n'), l => l.StartsWith("| warning |", StringComparison.Ordinal));
        Assert.Equal(@"| warning | [SG4001](https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/SG4001.md) | `Program.cs:3:5` | a \| b &lt;script&gt; \`code\` \*bold\* \_it\_ &amp; co | external |", row);
    }

    private static readonly string[] MarkdownLines =
    [
        "## SecurityGate: App.csproj",
        "",
        "SecurityGate: 1 file; exception-handling 1 (warning); command-execution 1/0 FAILED; 3 categories clean; 1 suppressed in source — 1 defect over threshold in command-execution.",
        "",
        "| Level | Rule | Where | Finding | Origin |",
        "|---|---|---|---|---|",
        "| error | [SG4001](https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/SG4001.md) | `Program.cs:8:30` | Process arguments 'name' are external data from Console.ReadLine() at Program.cs:7; pass constant arguments or validate each against an allow-list | external |",
        "| warning | [SG3002](https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/SG3002.md) | `Program.cs:12:30` | Empty 'catch (System.Exception)' block swallows the error; log it, handle it, rethrow with 'throw;', or suppress with a justification | internal |",
        "",
        "<details><summary>1 finding suppressed in source or accepted in the baseline</summary>",
        "",
        "| Rule | Where | Finding | Origin | Why |",
        "|---|---|---|---|---|",
        "| [SG4003](https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/SG4003.md) | `Program.cs:10:34` | Shell command line is built from external data from Console.ReadLine() at Program.cs:7; run the program directly with ArgumentList instead of through a shell | external | #pragma warning disable at line 9: reviewed |",
        "",
        "</details>",
        "",
    ];
}
