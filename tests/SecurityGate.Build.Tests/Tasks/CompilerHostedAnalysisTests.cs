using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Build.Tasks;
using SecurityGate.Build.Tests.Infrastructure;
using SecurityGate.Compiler;
using SecurityGate.Core.Gate;

namespace SecurityGate.Build.Tests.Tasks;

/// <summary>
/// The analysis hosted in the compiler, end to end without a build: the task writes the request before the compiler,
/// the analyzer answers it on the compilation, the task takes the answer after the compiler.
/// </summary>
public sealed class CompilerHostedAnalysisTests : IDisposable
{
    private readonly TempDirectory _temp = new("sg-hosted");
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    private string RequestFile => Path.Combine(_temp.Path, "obj", "securitygate.request.txt");

    [Fact]
    public void The_analyzer_answers_the_request_its_options_name_reports_nothing_itself_and_the_task_stores_the_answer()
    {
        var (project, source) = Project();
        Assert.True(Task(project, source, requestOnly: true).Execute());

        var diagnostics = RunAnalyzer(source, RequestFile);
        var after = Task(project, source, requestOnly: false);
        Assert.True(after.Execute());

        Assert.Empty(diagnostics);
        var result = GateResult.Load(after.ResultFile)!;
        Assert.True(result.Failed);
        Assert.Equal(
            $"{source}(4,26,4,52): error SG4003\nSecurityGate: info SG0006",
            string.Join("\n", result.Messages.Select(m => $"{(m.Location is null ? "SecurityGate" : m.Location.ToString())}: {m.Level.ToString().ToLowerInvariant()} {m.Code}")));
        Assert.Contains(_engine.Messages, m => m.Message == "SecurityGate Roslyn: the compiler's own (the analysis ran in the compiler)");
        Assert.Matches(
            @"^SecurityGate timings: parse \d+ ms, analysis \d+ ms \(semantic set-up \d+ ms, rules \d+ ms\), reports \d+ ms; ran in the compiler; JIT compilation in the compiler meanwhile \d+ ms, GC pauses \d+ ms \(gen0/1/2 collections \d+/\d+/\d+\)$",
            Assert.Single(_engine.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Without_the_option_the_analyzer_answers_nothing_and_the_task_analyses_in_the_build_process_with_the_same_result()
    {
        var (project, source) = Project();
        Assert.True(Task(project, source, requestOnly: true).Execute());

        var diagnostics = RunAnalyzer(source, requestFile: null);
        var after = Task(project, source, requestOnly: false);
        Assert.True(after.Execute());

        Assert.Empty(diagnostics);
        Assert.Contains(_engine.Messages, m => m.Message == "SecurityGate analyses in the build process: the compiler did not run the gate's analysis in this build");
        Assert.Matches(@"; JIT compilation in this process meanwhile \d+ ms", Assert.Single(_engine.Messages, m => m.Message?.StartsWith("SecurityGate timings: ", StringComparison.Ordinal) == true).Message);
        var result = GateResult.Load(after.ResultFile)!;
        Assert.Equal(["SG4003", "SG0006"], result.Messages.Select(m => m.Code).ToArray());
        Assert.Equal(new SourceSpanText(source, 4, 26, 4, 52), SourceSpanText.Of(result.Messages[0]));
        Assert.False(File.Exists(RequestFile));
    }

    private (string Project, string Source) Project() => (_temp.Write("App.csproj", "<Project />"), _temp.Write("Program.cs", SampleSources.ShellFromConsole));

    private SecurityGateAnalyze Task(string project, string source, bool requestOnly) => new()
    {
        BuildEngine = _engine,
        ProjectFile = project,
        Sources = [new TaskItem(source)],
        References = FrameworkAssemblies.Paths().Select(p => (ITaskItem)new TaskItem(p)).ToArray(),
        ResultFile = Path.Combine(_temp.Path, "obj", "securitygate.result.txt"),
        OutputType = "Exe",
        Nullable = "enable",
        AssemblyName = "App",
        StartOnly = requestOnly,
        RequestOnly = requestOnly,
        CompilerRequestFile = RequestFile,
    };

    // The compiler's side: the project compiled with the analyzer attached, as csc runs it.
    private static ImmutableArray<Diagnostic> RunAnalyzer(string source, string? requestFile)
    {
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(File.ReadAllText(source), new CSharpParseOptions(LanguageVersion.Latest), source)],
            FrameworkAssemblies.Paths().Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions([], new RequestOptions(requestFile));
        return compilation.WithAnalyzers([new SecurityGateCompilerAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private sealed record SourceSpanText(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static SourceSpanText? Of(GateMessage message) => message.Location is { } l ? new(l.FilePath, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn) : null;
    }

    // The compiler's analyzer options as the SDK writes them: the request file is a global build property.
    private sealed class RequestOptions(string? requestFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(requestFile);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? requestFile) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == CompilerAnalysis.RequestFileOption ? requestFile : null;
                return value is not null;
            }
        }
    }
}
