using Microsoft.Build.Framework;
using SecurityGate.Build.Tasks;
using SecurityGate.Build.Tests.Infrastructure;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;

namespace SecurityGate.Build.Tests.Tasks;

public sealed class SecurityGateReportTests : IDisposable
{
    private const string HelpLink = "https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/SG4003.md";
    private readonly TempDirectory _temp = new("sg-report");
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Error_is_logged_with_exact_code_span_and_help_link_and_fails_the_task()
    {
        var source = Path.Combine(_temp.Path, "Services", "Runner.cs");
        var task = Report(new GateResult(
            [
                new GateMessage(GateMessageLevel.Error, "SG4003", new SourceSpan(source, 14, 13, 15, 52), "The shell receives 'cmd' from Console.ReadLine()", HelpLink),
                Summary("SecurityGate: 1 file; command-execution 1/0 FAILED — 1 defect over threshold in command-execution."),
            ],
            Failed: true));

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(
            ("SG4003", source, 14, 13, 15, 52, HelpLink, "The shell receives 'cmd' from Console.ReadLine()"),
            (error.Code, error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber, error.HelpLink, error.Message));
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Warnings_only_are_logged_with_their_span_and_the_task_succeeds()
    {
        var source = Path.Combine(_temp.Path, "Program.cs");
        var task = Report(new GateResult(
            [
                new GateMessage(GateMessageLevel.Warning, "SG2001", new SourceSpan(source, 31, 27, 31, 70), "Logger call writes 'password'", "https://example.test/SG2001.md"),
                Summary("SecurityGate: 1 file; sensitive-logging 1 (warning); 4 categories clean — no defects over threshold (1 reported)."),
            ],
            Failed: false));

        Assert.True(task.Execute());

        Assert.Empty(_engine.Errors);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(
            ("SG2001", source, 31, 27, 31, 70, "https://example.test/SG2001.md"),
            (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.HelpLink));
    }

    [Fact]
    public void Summary_is_a_single_high_importance_message()
    {
        const string text = "SecurityGate: 3 files; 5 categories clean — no security defects found.";
        var task = Report(new GateResult([Summary(text)], Failed: false));

        Assert.True(task.Execute());

        var message = Assert.Single(_engine.Messages);
        Assert.Equal((text, MessageImportance.High), (message.Message, message.Importance));
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Messages_with_format_placeholders_and_braces_are_logged_verbatim()
    {
        const string errorText = "string.Format(\"{0} {1}\", cmd) reaches the shell; {{escaped}} and } unbalanced {";
        const string warningText = "Interpolated $\"-c {input}\" from args[0]";
        const string infoText = "Info {0}";
        const string summaryText = "SecurityGate: {0} files; {braces} — no security defects found.";
        var source = Path.Combine(_temp.Path, "Program.cs");
        var task = Report(new GateResult(
            [
                new GateMessage(GateMessageLevel.Error, "SG4003", new SourceSpan(source, 1, 1, 1, 2), errorText, HelpLink),
                new GateMessage(GateMessageLevel.Warning, "SG4001", new SourceSpan(source, 2, 1, 2, 2), warningText, HelpLink),
                new GateMessage(GateMessageLevel.Info, "SG4002", new SourceSpan(source, 3, 1, 3, 2), infoText, HelpLink),
                Summary(summaryText),
            ],
            Failed: true));

        Assert.False(task.Execute());

        Assert.Equal(errorText, Assert.Single(_engine.Errors).Message);
        Assert.Equal(warningText, Assert.Single(_engine.Warnings).Message);
        Assert.Equal([infoText, summaryText], _engine.Messages.Select(m => m.Message));
    }

    [Fact]
    public void An_info_finding_is_a_high_importance_message_with_its_code_and_span()
    {
        var source = Path.Combine(_temp.Path, "Program.cs");
        var task = Report(new GateResult([new GateMessage(GateMessageLevel.Info, "SG3001", new SourceSpan(source, 5, 9, 5, 20), "Empty catch", HelpLink)], Failed: false));

        Assert.True(task.Execute());

        var message = Assert.Single(_engine.Messages);
        Assert.Equal(("SG3001", source, 5, 9, 5, 20, MessageImportance.High), (message.Code, message.File, message.LineNumber, message.ColumnNumber, message.EndLineNumber, message.EndColumnNumber, message.Importance));
    }

    [Fact]
    public void A_point_location_is_logged_without_an_end_so_it_prints_as_line_and_column()
    {
        var policy = Path.Combine(_temp.Path, "securitygate.json");
        var task = Report(new GateResult([new GateMessage(GateMessageLevel.Error, "SG0004", new SourceSpan(policy, 4, 5, 4, 5), "Not valid JSON", HelpLink)], Failed: true));

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("SG0004", policy, 4, 5, 0, 0), (error.Code, error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
    }

    [Fact]
    public void A_project_level_error_names_the_project_file()
    {
        var project = Path.Combine(_temp.Path, "App.csproj");
        var task = Report(new GateResult([new GateMessage(GateMessageLevel.Error, "SG0002", null, "Property X is 'y'", HelpLink)], Failed: true), project);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("SG0002", project, 0, 0), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void A_missing_or_corrupt_result_is_an_SG0001_error()
    {
        var project = Path.Combine(_temp.Path, "App.csproj");
        var corrupt = _temp.Write("obj/securitygate.result.txt", "not a result file");
        var task = new SecurityGateReport { BuildEngine = _engine, ResultFile = corrupt, ProjectFile = project };

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("SG0001", project), (error.Code, error.File));
        Assert.Contains(corrupt, error.Message, StringComparison.Ordinal);
    }

    private static GateMessage Summary(string text) => new(GateMessageLevel.Info, "SG0006", null, text);

    private SecurityGateReport Report(GateResult result, string? projectFile = null)
    {
        var file = Path.Combine(_temp.Path, "obj", "securitygate.result.txt");
        result.Save(file);
        return new SecurityGateReport { BuildEngine = _engine, ResultFile = file, ProjectFile = projectFile ?? Path.Combine(_temp.Path, "App.csproj") };
    }
}
