using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecurityGate.Build.Tasks;
using SecurityGate.Build.Tests.Infrastructure;
using SecurityGate.Core.Gate;

namespace SecurityGate.Build.Tests.Tasks;

public sealed class SecurityGateAnalyzeTests : IDisposable
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <SecurityGateCommandExecutionSeverity>fatal</SecurityGateCommandExecutionSeverity>
          </PropertyGroup>
        </Project>
        """;

    private readonly TempDirectory _temp = new("sg-analyze");
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_bad_property_value_is_stored_as_SG0002_naming_the_project_file_line_and_allowed_values()
    {
        var project = _temp.Write("App.csproj", Project);
        var task = Analyze(project, settings: [Setting("SecurityGateCommandExecutionSeverity", "fatal")]);

        Assert.True(task.Execute());
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);

        var result = GateResult.Load(task.ResultFile);
        Assert.NotNull(result);
        Assert.True(result.Failed);
        Assert.Equal(["SG0002", "SG0006"], result.Messages.Select(m => m.Code).ToArray());
        Assert.Equal($"SecurityGate: nothing analysed — 1 configuration error. [{project}]", result.Messages[1].Text);
        var error = result.Messages[0];
        Assert.Equal(
            (GateMessageLevel.Error, "SG0002", project, 4, 6),
            (error.Level, error.Code, error.Location?.FilePath, error.Location?.StartLine, error.Location?.StartColumn));
        Assert.Equal("Property SecurityGateCommandExecutionSeverity is 'fatal'; allowed values: error, warning, info, none", error.Text);

        // Replaying the stored result fails the build with the same error.
        var report = new SecurityGateReport { BuildEngine = _engine, ResultFile = task.ResultFile, ProjectFile = project };
        Assert.False(report.Execute());
        Assert.Equal(("SG0002", project, 4), (_engine.Errors[0].Code, _engine.Errors[0].File, _engine.Errors[0].LineNumber));
    }

    [Fact]
    public void A_bad_threshold_is_stored_as_SG0002_with_the_allowed_range()
    {
        var project = _temp.Write("App.csproj", "<Project />");
        var task = Analyze(project, settings: [Setting("SecurityGateCommandExecutionThreshold", "-1")]);

        Assert.True(task.Execute());

        var error = Assert.Single(GateResult.Load(task.ResultFile)!.Messages, m => m.Level == GateMessageLevel.Error);
        Assert.Equal(("SG0002", project, 0), (error.Code, error.Location?.FilePath, error.Location?.StartLine));
        Assert.Equal("Property SecurityGateCommandExecutionThreshold is '-1'; allowed values: a whole number from 0 to 2147483647", error.Text);
    }

    [Fact]
    public void A_shell_fed_from_the_console_is_stored_as_an_SG4003_error_and_a_failing_summary()
    {
        var project = _temp.Write("App.csproj", "<Project />");
        var source = _temp.Write("Program.cs", SampleSources.ShellFromConsole);
        var task = Analyze(project, sources: [source], references: FrameworkReferences());

        Assert.True(task.Execute());

        var result = GateResult.Load(task.ResultFile)!;
        Assert.True(result.Failed);
        Assert.Equal(
            $"{source}(4,26,4,52): error SG4003\nSecurityGate: info SG0006",
            string.Join("\n", result.Messages.Select(m => $"{(m.Location is null ? "SecurityGate" : m.Location.ToString())}: {m.Level.ToString().ToLowerInvariant()} {m.Code}")));
        Assert.Contains("command-execution 1/0 FAILED", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_failure_logs_exactly_one_SG0001_error_and_fails()
    {
        var project = _temp.Write("App.csproj", "<Project />");
        var task = Analyze(project, resultFile: UncreatableResultFile());

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("SG0001", project), (error.Code, error.File));
        Assert.Contains("SecurityGateFailOnInternalError=false", error.Message, StringComparison.Ordinal);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void An_internal_failure_with_FailOnInternalError_false_is_one_SG0001_warning_and_succeeds()
    {
        var project = _temp.Write("App.csproj", "<Project />");
        var task = Analyze(project, resultFile: UncreatableResultFile());
        task.FailOnInternalError = false;

        Assert.True(task.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("SG0001", project), (warning.Code, warning.File));
        Assert.Empty(_engine.Errors);
    }

    private string UncreatableResultFile()
    {
        // A file where a folder would have to be created: Directory.CreateDirectory cannot make it.
        _temp.Write("blocker", "not a folder");
        return Path.Combine(_temp.Path, "blocker", "obj", "securitygate.result.txt");
    }

    private static TaskItem Setting(string name, string value) => new(name, new Dictionary<string, string> { ["Value"] = value });

    private static ITaskItem[] FrameworkReferences() => FrameworkAssemblies.Paths().Select(p => (ITaskItem)new TaskItem(p)).ToArray();

    private SecurityGateAnalyze Analyze(string project, string[]? sources = null, ITaskItem[]? references = null, ITaskItem[]? settings = null, string? resultFile = null) => new()
    {
        BuildEngine = _engine,
        ProjectFile = project,
        Sources = (sources ?? []).Select(s => (ITaskItem)new TaskItem(s)).ToArray(),
        References = references ?? [],
        Settings = settings ?? [],
        ResultFile = resultFile ?? Path.Combine(_temp.Path, "obj", "securitygate.result.txt"),
        OutputType = "Exe",
        Nullable = "enable",
        AssemblyName = "App",
    };
}
