using Microsoft.Build.Framework;

namespace SecurityGate.Build.Tests.InProcess;

[Collection(InProcessCollection.Name)]
public sealed class TargetsTests
{
    // The warm-up either finished beside the compiler or was stopped when the compiler (here a no-op) ended first.
    private const string WarmedTimings = @"^SecurityGate timings: parse \d+ ms, analysis \d+ ms \(semantic set-up \d+ ms, rules \d+ ms\), reports \d+ ms; (engine warmed beside the compiler in \d+ ms|engine warm-up stopped unfinished when the compiler ended); JIT compilation in this process meanwhile \d+ ms, GC pauses \d+ ms \(gen0/1/2 collections \d+/\d+/\d+\)$";

    // Nothing ran beside the compiler: the analysis after it says nothing of a warm-up or an early start.
    private const string ColdTimings = @"^SecurityGate timings: parse \d+ ms, analysis \d+ ms \(semantic set-up \d+ ms, rules \d+ ms\), reports \d+ ms; JIT compilation in this process meanwhile \d+ ms, GC pauses \d+ ms \(gen0/1/2 collections \d+/\d+/\d+\)$";

    private const string ShellFromConsole = """
        using System;
        using System.Diagnostics;

        Process.Start("/bin/sh", "-c " + Console.ReadLine());

        """;

    private const string HelpLinkBase = "https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/";

    [Fact]
    public void A_finding_reaches_MSBuild_as_an_error_with_its_span_help_link_and_project_and_the_summary_as_a_high_importance_message()
    {
        using var project = new InProcessProject(ShellFromConsole);

        var build = project.Build();

        Assert.False(build.Succeeded, build.Log.ToString());
        var error = Assert.Single(build.Log.Errors);
        Assert.Equal(
            ("SG4003", project.SourceFile, 4, 26, 4, 52, HelpLinkBase + "SG4003.md", project.ProjectFile),
            (error.Code, error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber, error.HelpLink, error.ProjectFile));
        var summary = Assert.Single(build.Log.Messages, m => m.Message?.StartsWith("SecurityGate: ", StringComparison.Ordinal) == true);
        Assert.Equal(MessageImportance.High, summary.Importance);
        Assert.Contains("command-execution 1/0 FAILED", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_op_build_skips_the_analysis_and_replays_the_failure_and_a_changed_setting_analyses_again()
    {
        using var project = new InProcessProject(ShellFromConsole);
        var first = project.Build();
        Assert.False(first.Succeeded);
        Assert.Contains(first.Log.StartedTargets, t => t.TargetName == "SecurityGateAnalyze");

        var replay = project.Build();

        Assert.False(replay.Succeeded);
        // One up-to-date check before the compiler decides for the warm-up and the analysis: neither runs.
        var skipped = Assert.Single(replay.Log.SkippedTargets, t => t.TargetName == "_SecurityGateCheckInputs");
        Assert.Equal(TargetSkipReason.OutputsUpToDate, skipped.SkipReason);
        Assert.DoesNotContain(replay.Log.StartedTargets, t => t.TargetName is "SecurityGateAnalyze" or "_SecurityGateStartAnalysis");
        Assert.Contains(replay.Log.StartedTargets, t => t.TargetName == "SecurityGateReport");
        Assert.Equal(
            first.Log.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink, e.Message)),
            replay.Log.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink, e.Message)));

        // A setting is an input too (through the inputs cache): lowering the category re-runs the analysis.
        var lowered = project.Build(new Dictionary<string, string> { ["SecurityGateCommandExecutionSeverity"] = "warning" });

        Assert.True(lowered.Succeeded, lowered.Log.ToString());
        Assert.DoesNotContain(lowered.Log.SkippedTargets, t => t.TargetName == "_SecurityGateCheckInputs");
        Assert.Contains(lowered.Log.StartedTargets, t => t.TargetName == "SecurityGateAnalyze");
        Assert.Equal(("SG4003", 4, 26), Assert.Single(lowered.Log.Warnings) is var w ? (w.Code, w.LineNumber, w.ColumnNumber) : default);
        Assert.Empty(lowered.Log.Errors);
    }

    [Fact]
    public void Removing_a_source_analyses_again_though_no_remaining_input_is_newer_than_the_stored_result()
    {
        using var project = new InProcessProject("internal static class Clean { }\n");
        var shell = project.Write("Shell.cs", ShellFromConsole);
        var first = project.Build();
        Assert.False(first.Succeeded);
        Assert.Equal(("SG4003", shell), Assert.Single(first.Log.Errors) is var e ? (e.Code, e.File) : default);

        File.Delete(shell);
        var second = project.Build();

        Assert.True(second.Succeeded, second.Log.ToString());
        Assert.Contains(second.Log.StartedTargets, t => t.TargetName == "SecurityGateAnalyze");
        Assert.Empty(second.Log.Errors);
        Assert.Empty(second.Log.Warnings);
        Assert.Contains("no security defects found", Assert.Single(second.Log.Messages, m => m.Message?.StartsWith("SecurityGate: ", StringComparison.Ordinal) == true).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_policy_file_is_an_input_that_analyses_again()
    {
        using var project = new InProcessProject(ShellFromConsole);
        Assert.False(project.Build().Succeeded);

        project.Write("securitygate.json", """{ "categories": { "command-execution": { "severity": "warning" } } }""");
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log.ToString());
        Assert.Equal("SG4003", Assert.Single(build.Log.Warnings).Code);
    }

    [Fact]
    public void Design_time_builds_and_other_languages_are_not_analysed()
    {
        using var project = new InProcessProject(ShellFromConsole);

        var designTime = project.Build(new Dictionary<string, string> { ["DesignTimeBuild"] = "true" });
        var visualBasic = project.Build(new Dictionary<string, string> { ["Language"] = "VB" });

        Assert.True(designTime.Succeeded, designTime.Log.ToString());
        Assert.True(visualBasic.Succeeded, visualBasic.Log.ToString());
        Assert.Empty(designTime.Log.Errors.Concat<object>(designTime.Log.Warnings).Concat(visualBasic.Log.Errors).Concat(visualBasic.Log.Warnings));
        Assert.False(File.Exists(project.ResultFile));
    }

    [Fact]
    public void SecurityGateEnabled_false_turns_the_gate_off()
    {
        using var project = new InProcessProject(ShellFromConsole);

        var build = project.Build(new Dictionary<string, string> { ["SecurityGateEnabled"] = "false" });

        Assert.True(build.Succeeded, build.Log.ToString());
        Assert.DoesNotContain(build.Log.Messages, m => m.Message?.StartsWith("SecurityGate: ", StringComparison.Ordinal) == true);
        Assert.False(File.Exists(project.ResultFile));
    }

    [Fact]
    public void With_SecurityGateConcurrentAnalysis_the_analysis_starts_before_CoreCompile_and_is_collected_after_it_with_the_same_findings_as_the_default_run_after_it()
    {
        using var concurrent = new InProcessProject(ShellFromConsole);
        using var serial = new InProcessProject(ShellFromConsole);

        var overlapped = concurrent.Build(new Dictionary<string, string> { ["SecurityGateConcurrentAnalysis"] = "true" });
        var after = serial.Build();

        Assert.Equal(
            ["_SecurityGateCollectInputs", "_SecurityGateCheckInputs", "_SecurityGateStartAnalysis", "CoreCompile", "SecurityGateAnalyze", "SecurityGateReport"],
            overlapped.Log.StartedTargets.Select(t => t.TargetName).Where(n => n.Contains("SecurityGate", StringComparison.Ordinal) || n == "CoreCompile").ToArray());
        Assert.Single(overlapped.Log.Messages, m => m.Message == "SecurityGate analysis started beside the compiler");
        Assert.DoesNotContain(overlapped.Log.Messages, m => m.Message?.Contains("warm", StringComparison.Ordinal) == true);
        Assert.Matches(@"^SecurityGate timings: .+; started before the compiler, waited \d+ ms after it; JIT compilation in this process meanwhile \d+ ms, GC pauses \d+ ms \(gen0/1/2 collections \d+/\d+/\d+\)$", Assert.Single(overlapped.Log.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);

        // By default nothing starts before the compiler; the analysis runs after it.
        Assert.Equal(
            ["_SecurityGateCollectInputs", "_SecurityGateCheckInputs", "CoreCompile", "SecurityGateAnalyze", "SecurityGateReport"],
            after.Log.StartedTargets.Select(t => t.TargetName).Where(n => n.Contains("SecurityGate", StringComparison.Ordinal) || n == "CoreCompile").ToArray());
        Assert.DoesNotContain(after.Log.Messages, m => m.Message?.StartsWith("SecurityGate", StringComparison.Ordinal) == true && m.Message.Contains("started", StringComparison.Ordinal));
        Assert.Matches(ColdTimings, Assert.Single(after.Log.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);

        Assert.False(overlapped.Succeeded);
        Assert.False(after.Succeeded);
        Assert.Equal(
            after.Log.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message)),
            overlapped.Log.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message)));
        Assert.Equal("SG4003", Assert.Single(overlapped.Log.Errors).Code);
    }

    [Fact]
    public void With_SecurityGateWarmUp_true_the_engine_warms_up_beside_the_compiler_and_the_findings_are_the_same()
    {
        using var cold = new InProcessProject(ShellFromConsole);
        using var warmed = new InProcessProject(ShellFromConsole);

        var withoutWarmUp = cold.Build();
        var withWarmUp = warmed.Build(new Dictionary<string, string> { ["SecurityGateWarmUp"] = "true" });

        Assert.Equal(
            ["_SecurityGateCollectInputs", "_SecurityGateCheckInputs", "_SecurityGateStartAnalysis", "CoreCompile", "SecurityGateAnalyze", "SecurityGateReport"],
            withWarmUp.Log.StartedTargets.Select(t => t.TargetName).Where(n => n.Contains("SecurityGate", StringComparison.Ordinal) || n == "CoreCompile").ToArray());
        Assert.Single(withWarmUp.Log.Messages, m => m.Message == "SecurityGate engine warm-up started beside the compiler");
        Assert.DoesNotContain(withWarmUp.Log.Messages, m => m.Message == "SecurityGate analysis started beside the compiler");
        Assert.Matches(WarmedTimings, Assert.Single(withWarmUp.Log.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);
        Assert.Matches(ColdTimings, Assert.Single(withoutWarmUp.Log.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);
        Assert.Equal(
            withoutWarmUp.Log.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message)),
            withWarmUp.Log.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message)));
        Assert.Equal("SG4003", Assert.Single(withWarmUp.Log.Errors).Code);
    }

    [Theory]
    [InlineData("SecurityGateConcurrentAnalysis", "SecurityGate analysis started beside the compiler")]
    [InlineData("SecurityGateWarmUp", "SecurityGate engine warm-up started beside the compiler")]
    public void When_the_compiler_fails_work_started_beside_it_is_dropped_and_the_next_build_analyses_again(string property, string started)
    {
        using var project = new InProcessProject(ShellFromConsole);
        project.Write("compile-error.txt", "broken");

        var settings = new Dictionary<string, string> { [property] = "true" };
        var broken = project.Build(settings);
        var storedAfterBrokenBuild = File.Exists(project.ResultFile);
        File.Delete(project.PathOf("compile-error.txt"));
        var fixedBuild = project.Build(settings);

        Assert.False(broken.Succeeded);
        Assert.Equal(["CS1002"], broken.Log.Errors.Select(e => e.Code).ToArray());
        Assert.DoesNotContain(broken.Log.Messages, m => m.Message?.StartsWith("SecurityGate: ", StringComparison.Ordinal) == true);
        Assert.Contains(broken.Log.Messages, m => m.Message == started);
        Assert.False(storedAfterBrokenBuild);

        Assert.False(fixedBuild.Succeeded);
        Assert.Equal(["SG4003"], fixedBuild.Log.Errors.Select(e => e.Code).ToArray());
        Assert.Contains(fixedBuild.Log.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("SecurityGateAnalysisHost", "csc", "compiler, msbuild")]
    [InlineData("SecurityGateConcurrentAnalysis", "later", "true, false")]
    [InlineData("SecurityGateEnabled", "maybe", "true, false")]
    [InlineData("SecurityGateFailOnInternalError", "sometimes", "true, false")]
    [InlineData("SecurityGateRoslynSource", "nuget", "auto, compiler, bundled")]
    [InlineData("SecurityGateWarmUp", "always", "true, false")]
    public void An_invalid_switch_property_is_SG0002_naming_the_project_and_the_allowed_values(string property, string value, string allowed)
    {
        using var project = new InProcessProject(ShellFromConsole);

        var build = project.Build(new Dictionary<string, string> { [property] = value });

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Log.Errors, e => e.Code == "SG0002");
        Assert.Equal(project.ProjectFile, error.File);
        Assert.Equal($"Property {property} is '{value}'; allowed values: {allowed}", error.Message);
    }

    [Fact]
    public void An_invalid_category_property_is_SG0002_and_a_fixed_value_recovers()
    {
        using var project = new InProcessProject(ShellFromConsole);

        var invalid = project.Build(new Dictionary<string, string> { ["SecurityGateCommandExecutionThreshold"] = "many" });
        var recovered = project.Build(new Dictionary<string, string> { ["SecurityGateCommandExecutionThreshold"] = "1" });

        Assert.False(invalid.Succeeded);
        var error = Assert.Single(invalid.Log.Errors);
        Assert.Equal(("SG0002", project.ProjectFile), (error.Code, error.File));
        Assert.StartsWith("Property SecurityGateCommandExecutionThreshold is 'many'; allowed values: a whole number", error.Message, StringComparison.Ordinal);
        Assert.True(recovered.Succeeded, recovered.Log.ToString());
        Assert.Equal("SG4003", Assert.Single(recovered.Log.Warnings).Code);
    }
}
