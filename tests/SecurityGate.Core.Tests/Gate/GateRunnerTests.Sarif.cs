using System.Text.Json;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Reporting;

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
}
