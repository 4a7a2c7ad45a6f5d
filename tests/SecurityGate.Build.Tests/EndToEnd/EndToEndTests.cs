using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using SecurityGate.Core.Model;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// <c>dotnet build</c> of small projects that reference the packed package, asserting what a user sees on the
/// console. Only the command-execution rules are asserted on: other rule families evolve independently.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class EndToEndTests(PackageFeed feed)
{
    private const string ShellFromConsole = """
        using System.Diagnostics;

        Process.Start("/bin/sh", "-c " + Console.ReadLine());

        """;

    private const string FixedCommand = """
        using System.Diagnostics;

        Process.Start("/bin/sh", "-c date");

        """;

    private const string ShellSpan = "(3,26,3,52)";

    [Fact]
    public void A_shell_fed_from_the_console_fails_with_one_canonical_SG4003_error_replays_it_unchanged_and_passes_once_fixed()
    {
        var project = feed.CreateProject("shell");
        var program = project.Write("Program.cs", ShellFromConsole);

        var first = project.Build("-flp:v=d;logfile=" + project.PathOf("first.log"));
        AssertFailed(first);
        var error = Assert.Single(first.Diagnostics);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), error);
        Assert.Contains("command-execution 1/0 FAILED", first.Summary, StringComparison.Ordinal);
        Assert.Contains("Target \"SecurityGateAnalyze\"", File.ReadAllText(project.PathOf("first.log")), StringComparison.Ordinal);
        var stored = File.GetLastWriteTimeUtc(project.ResultFile);

        // No change: the analysis is skipped, the stored result replays the same lines and fails the build again.
        var second = project.Build("-flp:v=d;logfile=" + project.PathOf("second.log"));
        AssertFailed(second);
        var secondLog = File.ReadAllText(project.PathOf("second.log"));
        Assert.Contains("Skipping target \"_SecurityGateCheckInputs\" because all output files are up-to-date with respect to the input files.", secondLog, StringComparison.Ordinal);
        Assert.DoesNotContain("Target \"SecurityGateAnalyze\" in file", secondLog, StringComparison.Ordinal);
        Assert.Equal(stored, File.GetLastWriteTimeUtc(project.ResultFile));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Summary, second.Summary);

        project.Write("Program.cs", FixedCommand);
        var fixedBuild = project.Build();
        AssertSucceeded(fixedBuild);
        Assert.Empty(fixedBuild.Diagnostics);
        Assert.Contains("no security defects found", fixedBuild.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_suppressed_in_source_with_a_reason_passes_the_build_and_shows_only_in_a_detailed_log()
    {
        var project = feed.CreateProject("suppressed");
        var program = project.Write("Program.cs", """
            using System.Diagnostics;

            #pragma warning disable SG4003 // the operator types the command on purpose
            Process.Start("/bin/sh", "-c " + Console.ReadLine());
            #pragma warning restore SG4003

            """);

        var build = project.Build("-flp:v=d;logfile=" + project.PathOf("build.log"));
        AssertSucceeded(build);
        Assert.Empty(build.Diagnostics);
        Assert.Equal($"SecurityGate: 1 file; 5 categories clean; 1 suppressed in source — no security defects reported. [{project.ProjectFile}]", build.Summary);
        var logged = Assert.Single(File.ReadLines(project.PathOf("build.log")), l => l.Contains("SG4003", StringComparison.Ordinal));
        Assert.Contains($"{program}(4,26,4,52): message SG4003: ", logged, StringComparison.Ordinal);
        Assert.Contains("(suppressed by the #pragma warning disable at line 3: the operator types the command on purpose)", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityGateSarifFile_and_MarkdownFile_write_the_findings_again_when_the_file_is_gone_and_an_unwritable_path_is_SG0002()
    {
        var project = feed.CreateProject("sarif");
        var program = project.Write("Program.cs", ShellFromConsole);
        var sarif = project.PathOf(Path.Combine("reports", "gate.sarif"));

        var first = project.Build("-p:SecurityGateSarifFile=reports/gate.sarif", "-p:SecurityGateMarkdownFile=reports/gate.md");
        AssertFailed(first);
        Assert.Equal(["SG4003 error 3:26-3:52 " + new Uri(program).AbsoluteUri], SarifResults(sarif));
        var markdown = File.ReadAllLines(project.PathOf(Path.Combine("reports", "gate.md")));
        Assert.Equal("## SecurityGate: App.csproj", markdown[0]);
        Assert.Single(markdown, l => l.StartsWith("| error | [SG4003](", StringComparison.Ordinal) && l.Contains("| `Program.cs:3:26` |", StringComparison.Ordinal));

        // Nothing changed, but the report is gone: the analysis runs again to write it.
        File.Delete(sarif);
        var second = project.Build("-p:SecurityGateSarifFile=reports/gate.sarif");
        AssertFailed(second);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(["SG4003 error 3:26-3:52 " + new Uri(program).AbsoluteUri], SarifResults(sarif));

        // A folder cannot be written as a file.
        var unwritable = project.Build("-p:SecurityGateSarifFile=reports");
        AssertFailed(unwritable);
        var error = Assert.Single(unwritable.Lines, l => l.Contains("error SG0002", StringComparison.Ordinal));
        Assert.Contains("Property SecurityGateSarifFile is '" + project.PathOf("reports") + "', which cannot be written", error, StringComparison.Ordinal);
        Assert.DoesNotContain(unwritable.Lines, l => l.Contains("SG0001", StringComparison.Ordinal));
    }

    private static string[] SarifResults(string path)
    {
        using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} "
                + $"{region.GetProperty("startLine")}:{region.GetProperty("startColumn")}-{region.GetProperty("endLine")}:{region.GetProperty("endColumn")} "
                + location.GetProperty("artifactLocation").GetProperty("uri").GetString();
        }).ToArray();
    }

    [Fact]
    public void A_baseline_written_by_one_build_lets_the_next_pass_and_fails_on_a_new_defect_only()
    {
        var project = feed.CreateProject("baseline");
        var program = project.Write("Program.cs", ShellFromConsole);
        const string Baseline = "-p:SecurityGateBaselineFile=securitygate.baseline.json";

        var written = project.Build(Baseline, "-p:SecurityGateUpdateBaseline=true");
        AssertSucceeded(written);
        Assert.Empty(written.Diagnostics);
        Assert.True(File.Exists(project.PathOf("securitygate.baseline.json")), written.ToString());
        Assert.Equal($"SecurityGate: 1 file; 5 categories clean; 1 in baseline — no security defects reported. [{project.ProjectFile}]", written.Summary);

        var applied = project.Build(Baseline);
        AssertSucceeded(applied);
        Assert.Equal(written.Summary, applied.Summary);

        project.Write("Program.cs", ShellFromConsole + "Process.Start(\"/bin/sh\", \"-c \" + Console.ReadLine());\n");
        var grown = project.Build(Baseline);
        AssertFailed(grown);
        var error = Assert.Single(grown.Diagnostics);
        Assert.Matches(Canonical(program, "(4,26,4,52)", "error", "SG4003", project), error);

        var unnamed = project.Build("-p:SecurityGateUpdateBaseline=true");
        AssertFailed(unnamed);
        Assert.Contains(unnamed.Lines, l => l.Contains("error SG0002: Property SecurityGateUpdateBaseline is 'true' but SecurityGateBaselineFile is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threshold_of_one_lets_the_finding_pass_as_a_warning()
    {
        var project = feed.CreateProject("threshold");
        var program = project.Write("Program.cs", ShellFromConsole);
        project.SetProject("<SecurityGateCommandExecutionThreshold>1</SecurityGateCommandExecutionThreshold>");

        var build = project.Build();

        AssertSucceeded(build);
        Assert.Matches(Canonical(program, ShellSpan, "warning", "SG4003", project), Assert.Single(build.Diagnostics));
        Assert.Contains("command-execution 1/1 within threshold", build.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_none_turns_the_category_off()
    {
        var project = feed.CreateProject("none");
        project.Write("Program.cs", ShellFromConsole);
        project.SetProject("<SecurityGateCommandExecutionSeverity>none</SecurityGateCommandExecutionSeverity>");

        var build = project.Build();

        AssertSucceeded(build);
        Assert.DoesNotContain(build.Lines, l => l.Contains(" SG4", StringComparison.Ordinal));
        Assert.Contains("command-execution off", build.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_project_passes_with_no_security_defects_found()
    {
        var project = feed.CreateProject("clean");
        project.Write("Program.cs", "Console.WriteLine(\"Hello\");\n");

        var build = project.Build();

        AssertSucceeded(build);
        Assert.Empty(build.Diagnostics);
        Assert.Matches(@"^SecurityGate: 1 file; .*no security defects found\. \[.*App\.csproj\]$", build.Summary);
    }

    [Fact]
    public void A_malformed_policy_file_fails_with_SG0004_at_its_line_and_an_unknown_category_with_SG0002()
    {
        var project = feed.CreateProject("policy-errors");
        project.Write("Program.cs", FixedCommand);
        var policy = project.Write("securitygate.json", """
            {
              "categories": {
                "command-execution": { "severity": "error" }
                "sensitive-logging": { "severity": "warning" }
              }
            }
            """);

        var malformed = project.Build();

        AssertFailed(malformed);
        Assert.Matches($@"^{Regex.Escape(policy)}\(4,5\): error SG0004: .+ \[{Regex.Escape(project.ProjectFile)}\]$", Assert.Single(malformed.Diagnostics));

        project.Write("securitygate.json", """
            {
              "categories": {
                "command-executions": { "severity": "error" }
              }
            }
            """);

        var unknown = project.Build();

        AssertFailed(unknown);
        var error = Assert.Single(unknown.Diagnostics);
        Assert.Matches($@"^{Regex.Escape(policy)}\(3,5\): error SG0002: ", error);
        Assert.Contains($"Unknown category 'command-executions'. Allowed categories: {CategoryNames.AllowedList}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_file_severity_applies_and_the_csproj_property_overrides_it()
    {
        var project = feed.CreateProject("precedence");
        var program = project.Write("Program.cs", ShellFromConsole);
        project.Write("securitygate.json", """
            {
              "categories": {
                "command-execution": { "severity": "warning" }
              }
            }
            """);

        var fromFile = project.Build();

        AssertSucceeded(fromFile);
        Assert.Matches(Canonical(program, ShellSpan, "warning", "SG4003", project), Assert.Single(fromFile.Diagnostics));
        Assert.Contains("command-execution 1 (warning)", fromFile.Summary, StringComparison.Ordinal);

        project.SetProject("<SecurityGateCommandExecutionSeverity>error</SecurityGateCommandExecutionSeverity>");
        var fromProperty = project.Build();

        AssertFailed(fromProperty);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(fromProperty.Diagnostics));
        Assert.Contains("command-execution 1/0 FAILED", fromProperty.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsAsErrors_and_warnaserror_promote_a_SecurityGate_warning_but_TreatWarningsAsErrors_does_not()
    {
        var project = feed.CreateProject("promotion");
        var program = project.Write("Program.cs", ShellFromConsole);
        const string AtWarning = "<SecurityGateCommandExecutionSeverity>warning</SecurityGateCommandExecutionSeverity>";

        project.SetProject(AtWarning + "<WarningsAsErrors>SG4003</WarningsAsErrors>");
        var warningsAsErrors = project.Build();
        AssertFailed(warningsAsErrors);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(warningsAsErrors.Diagnostics));

        // Measured on SDK 10.0.1xx/4xx (MSBuild 18): TreatWarningsAsErrors is a compiler setting and leaves task warnings alone.
        project.SetProject(AtWarning + "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var treatWarningsAsErrors = project.Build();
        AssertSucceeded(treatWarningsAsErrors);
        Assert.Matches(Canonical(program, ShellSpan, "warning", "SG4003", project), Assert.Single(treatWarningsAsErrors.Diagnostics));

        var warnAsError = project.Build("-warnaserror:SG4003");
        AssertFailed(warnAsError);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(warnAsError.Diagnostics));
    }

    [Fact]
    public void NoWarn_silences_a_SecurityGate_warning_and_MSBuildTreatWarningsAsErrors_promotes_it()
    {
        var project = feed.CreateProject("nowarn");
        var program = project.Write("Program.cs", ShellFromConsole);
        const string AtWarning = "<SecurityGateCommandExecutionSeverity>warning</SecurityGateCommandExecutionSeverity>";

        project.SetProject(AtWarning + "<NoWarn>$(NoWarn);SG4003</NoWarn>");
        var noWarn = project.Build();
        AssertSucceeded(noWarn);
        Assert.Empty(noWarn.Diagnostics);
        Assert.Contains("command-execution 1 (warning)", noWarn.Summary, StringComparison.Ordinal);

        project.SetProject(AtWarning + "<MSBuildTreatWarningsAsErrors>true</MSBuildTreatWarningsAsErrors>");
        var promoted = project.Build();
        AssertFailed(promoted);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(promoted.Diagnostics));
    }

    [Fact]
    public void SecurityGateRoslynSource_compiler_runs_the_gate_on_the_compilers_own_Roslyn_and_logs_which()
    {
        var project = feed.CreateProject("roslyn-compiler");
        var program = project.Write("Program.cs", ShellFromConsole);

        var build = project.Build("-p:SecurityGateAnalysisHost=msbuild", "-p:SecurityGateRoslynSource=compiler", "-flp:v=n;logfile=" + project.PathOf("build.log"));

        AssertFailed(build);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(build.Diagnostics));
        var line = RoslynLine(project.PathOf("build.log"));
        Assert.Matches(@"^SecurityGate Roslyn: compiler \d+\.\d+\.\d+\S* from /.+/Roslyn/bincore/Microsoft\.CodeAnalysis\.dll$", line);
        Assert.DoesNotContain(feed.PackagesDirectory, line, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_build_process_the_gate_runs_on_the_packages_Roslyn_where_it_is_precompiled_and_on_the_compilers_elsewhere()
    {
        var project = feed.CreateProject("roslyn-auto");
        var program = project.Write("Program.cs", ShellFromConsole);

        var build = project.Build("-p:SecurityGateAnalysisHost=msbuild", "-flp:v=n;logfile=" + project.PathOf("build.log"));

        AssertFailed(build);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(build.Diagnostics));
        var line = RoslynLine(project.PathOf("build.log"));
        if (OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64)
        {
            // The package packed on linux-x64 carries Roslyn precompiled for it, newer than the SDK's (5.12 against 5.9 on SDK 10.0.401).
            var bundled = Path.Combine(feed.PackagesDirectory, "securitygate.build", feed.Version, "tasks", "net8.0", "roslyn", "Microsoft.CodeAnalysis.dll");
            Assert.Matches($@"^SecurityGate Roslyn: bundled \d+\.\d+\.\d+\S* from {Regex.Escape(bundled)} \(auto: precompiled for this platform\)$", line);
        }
        else
        {
            Assert.Matches(@"^SecurityGate Roslyn: compiler \d+\.\d+\.\d+\S* from .+Microsoft\.CodeAnalysis\.dll$", line);
        }
    }

    [Fact]
    public void SecurityGateRoslynSource_bundled_finds_the_same_defect_with_the_Roslyn_in_the_package()
    {
        var project = feed.CreateProject("roslyn-bundled");
        var program = project.Write("Program.cs", ShellFromConsole);

        var build = project.Build("-p:SecurityGateAnalysisHost=msbuild", "-p:SecurityGateRoslynSource=bundled", "-flp:v=n;logfile=" + project.PathOf("build.log"));

        AssertFailed(build);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(build.Diagnostics));
        Assert.Contains("command-execution 1/0 FAILED", build.Summary, StringComparison.Ordinal);
        var bundled = Path.Combine(feed.PackagesDirectory, "securitygate.build", feed.Version, "tasks", "net8.0", "roslyn", "Microsoft.CodeAnalysis.dll");
        Assert.Matches($@"^SecurityGate Roslyn: bundled \d+\.\d+\.\d+\S* from {Regex.Escape(bundled)}$", RoslynLine(project.PathOf("build.log")));
    }

    [Fact]
    public void By_default_the_analysis_runs_in_the_compiler_and_a_change_only_the_gate_reads_analyses_in_the_build_process_without_compiling()
    {
        var project = feed.CreateProject("host");
        var program = project.Write("Program.cs", ShellFromConsole);

        var inCompiler = project.Build("-flp:v=d;logfile=" + project.PathOf("compiler.log"));
        var compilerLog = File.ReadAllText(project.PathOf("compiler.log"));
        project.Write("securitygate.json", """{ "categories": { "command-execution": { "severity": "warning" } } }""");
        var inBuildProcess = project.Build("-flp:v=d;logfile=" + project.PathOf("msbuild.log"));
        var buildProcessLog = File.ReadAllText(project.PathOf("msbuild.log"));

        AssertFailed(inCompiler);
        Assert.Matches(Canonical(program, ShellSpan, "error", "SG4003", project), Assert.Single(inCompiler.Diagnostics));
        Assert.Equal("SecurityGate Roslyn: the compiler's own (the analysis ran in the compiler)", RoslynLine(project.PathOf("compiler.log")));
        Assert.Matches(@"/analyzer:\S+/tasks/net8\.0/compiler/SecurityGate\.Compiler\.dll", compilerLog);
        Assert.Contains("; ran in the compiler; ", compilerLog, StringComparison.Ordinal);

        // The policy is not the compiler's input: no compile, so the build process analyses, with the new severity.
        AssertSucceeded(inBuildProcess);
        Assert.Matches(Canonical(program, ShellSpan, "warning", "SG4003", project), Assert.Single(inBuildProcess.Diagnostics));
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", buildProcessLog, StringComparison.Ordinal);
        Assert.Contains("SecurityGate analyses in the build process: the compiler did not run the gate's analysis in this build", buildProcessLog, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"/analyzer:\S+SecurityGate\.Compiler\.dll", buildProcessLog);
        Assert.Equal([], Directory.GetFiles(Path.GetDirectoryName(project.ResultFile)!, "securitygate.request.*"));
    }

    [Fact]
    public void The_analysis_in_the_compiler_and_in_the_build_process_report_the_same_lines()
    {
        var project = feed.CreateProject("host-same");
        project.Write("Program.cs", ShellFromConsole);
        project.Write("Secrets.cs", """
            static class Secrets
            {
                const string ApiKey = "sk_live_51HbQvCKzYx2RtQ8mN4pL7wE";

                public static void Log(string password)
                {
                    try { System.IO.File.ReadAllText(Console.ReadLine()!); }
                    catch (Exception) { }
                    Console.WriteLine("password " + password);
                }
            }

            """);

        var inCompiler = project.Build("-p:SecurityGateSensitiveLoggingSeverity=error", "-p:SecurityGateExceptionHandlingSeverity=error");
        var inBuildProcess = project.Build("-p:SecurityGateSensitiveLoggingSeverity=error", "-p:SecurityGateExceptionHandlingSeverity=error", "-p:SecurityGateAnalysisHost=msbuild");

        AssertFailed(inCompiler);
        Assert.Equal(
            ["Program.cs(3,26,3,52) SG4003", "Secrets.cs(3,27,3,61) SG5006", "Secrets.cs(7,42,7,61) SG1002", "Secrets.cs(8,15,8,26) SG3002", "Secrets.cs(9,41,9,49) SG2001"],
            inCompiler.Diagnostics.Select(d => Regex.Match(d, @"([^/]+\.cs\(\d+,\d+,\d+,\d+\)): error (SG\d{4}):")).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToArray());
        Assert.Equal(inCompiler.Diagnostics, inBuildProcess.Diagnostics);
        Assert.Equal(inCompiler.Summary, inBuildProcess.Summary);
    }

    private static string RoslynLine(string log) =>
        Assert.Single(File.ReadLines(log).Select(l => l.Trim()), l => l.StartsWith("SecurityGate Roslyn: ", StringComparison.Ordinal));

    private static string Canonical(string file, string span, string level, string code, TestProject project) =>
        $@"^{Regex.Escape(file)}{Regex.Escape(span)}: {level} {code}: .+ \[{Regex.Escape(project.ProjectFile)}\]$";

    private static void AssertFailed(BuildOutput build) => Assert.True(build.ExitCode == 1, $"The build should fail.\n{build}");

    private static void AssertSucceeded(BuildOutput build) => Assert.True(build.ExitCode == 0, $"The build should pass.\n{build}");
}
