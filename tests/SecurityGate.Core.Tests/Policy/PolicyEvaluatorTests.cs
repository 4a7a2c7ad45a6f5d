using System.Collections.Immutable;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Policy;

public sealed class PolicyEvaluatorTests
{
    private static Finding At(RuleDescriptor rule, int line, Origin origin = Origin.External) =>
        new(rule, new SourceSpan("/src/A.cs", line, 5, line, 20), $"{rule.Id} finding", origin, ImmutableArray<FlowStep>.Empty, "f" + line);

    private static GatePolicy WithProperties(Dictionary<string, string?> properties)
    {
        var errors = new List<GateMessage>();
        var policy = PolicyResolver.Resolve(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "App.csproj"), null, properties, errors);
        Assert.Empty(errors);
        return policy;
    }

    [Fact]
    public void Error_category_over_threshold_fails_and_reports_its_findings_as_errors()
    {
        var result = PolicyEvaluator.Evaluate(GatePolicy.Default, [At(RuleCatalogue.ShellFedWithData, 3), At(RuleCatalogue.SecretLogged, 9, Origin.Constant)], 4, []);
        Assert.True(result.Failed);
        Assert.Equal(
            [
                "/src/A.cs(3,5,3,20): error SG4003: SG4003 finding",
                "/src/A.cs(9,5,9,20): warning SG2001: SG2001 finding",
                "SecurityGate: message SG0006: SecurityGate: 4 files; sensitive-logging 1 (warning); command-execution 1/0 FAILED; 3 categories clean — 1 defect over threshold in command-execution.",
            ],
            result.Messages.Select(m => m.ToString()).ToArray());
    }

    [Fact]
    public void Findings_within_the_threshold_are_warnings_and_pass()
    {
        var policy = WithProperties(new() { ["SecurityGateCommandExecutionThreshold"] = "2" });
        var result = PolicyEvaluator.Evaluate(policy, [At(RuleCatalogue.ShellFedWithData, 3), At(RuleCatalogue.ProcessArgumentsFromData, 5)], 1, []);
        Assert.False(result.Failed);
        Assert.All(result.Messages.Take(2), m => Assert.Equal(GateMessageLevel.Warning, m.Level));
        Assert.EndsWith("1 file; command-execution 2/2 within threshold; 4 categories clean — no defects over threshold (2 reported).", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_none_drops_the_category_and_info_reports_as_messages()
    {
        var policy = WithProperties(new() { ["SecurityGateCommandExecutionSeverity"] = "none", ["SecurityGateSensitiveLoggingSeverity"] = "info" });
        var result = PolicyEvaluator.Evaluate(policy, [At(RuleCatalogue.ShellFedWithData, 3), At(RuleCatalogue.SecretLogged, 4, Origin.Constant)], 2, []);
        Assert.False(result.Failed);
        Assert.Equal(
            [
                "/src/A.cs(4,5,4,20): message SG2001: SG2001 finding",
                "SecurityGate: message SG0006: SecurityGate: 2 files; sensitive-logging 1 (info); command-execution off; 3 categories clean — no defects over threshold (1 reported).",
            ],
            result.Messages.Select(m => m.ToString()).ToArray());
    }

    [Fact]
    public void Findings_from_more_trusted_origins_than_the_minimum_are_dropped()
    {
        var result = PolicyEvaluator.Evaluate(GatePolicy.Default, [At(RuleCatalogue.SqlInjection, 3, Origin.Internal), At(RuleCatalogue.SqlInjection, 8, Origin.External)], 1, []);
        Assert.Equal(["SG1001@8", "SG0006@0"], result.Messages.Select(m => $"{m.Code}@{m.Location?.StartLine ?? 0}").ToArray());
        Assert.Contains("input-validation 1/0 FAILED", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_findings_says_so_in_plain_words()
    {
        var result = PolicyEvaluator.Evaluate(GatePolicy.Default, [], 7, []);
        Assert.False(result.Failed);
        Assert.Equal("SecurityGate: 7 files; 5 categories clean — no security defects found.", Assert.Single(result.Messages).Text);
    }

    [Fact]
    public void Replay_file_keeps_tabs_line_breaks_backslashes_and_braces_in_text_and_paths()
    {
        var result = new GateResult(
            [
                new GateMessage(GateMessageLevel.Error, "SG1001", new SourceSpan(@"C:\src\tab\there.cs", 3, 4, 5, 6), "a\tb\nc\\d {0} \\t", "https://example.invalid/SG1001.md"),
                new GateMessage(GateMessageLevel.Info, "SG0006", null, "SecurityGate: 1 file — ok."),
            ],
            Failed: true);
        var path = Path.Combine(Path.GetTempPath(), "sg-" + Guid.NewGuid() + ".txt");
        try
        {
            result.Save(path);
            var loaded = GateResult.Load(path);
            Assert.NotNull(loaded);
            Assert.Equal(result.Messages, loaded.Messages);
            Assert.True(loaded.Failed);
            File.WriteAllText(path, "{ \"messages\": [] }");
            Assert.Null(GateResult.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Result_round_trips_through_the_replay_file()
    {
        var result = PolicyEvaluator.Evaluate(GatePolicy.Default, [At(RuleCatalogue.ShellFedWithData, 3)], 1, []);
        var path = Path.Combine(Path.GetTempPath(), "sg-" + Guid.NewGuid() + ".json");
        try
        {
            result.Save(path);
            var loaded = GateResult.Load(path);
            Assert.NotNull(loaded);
            Assert.True(loaded.Failed);
            Assert.Equal(result.Messages, loaded.Messages);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
