using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Gate;

namespace SecurityGate.Core.Tests.Gate;

public sealed class CompilerAnalysisTests : IDisposable
{
    private const string Vulnerable = """
        using System;
        using System.Diagnostics;
        static class Program
        {
            const string Password = "Tr0ub4dor&3";
            static void Main()
            {
                try
                {
                    Process.Start("tar", Console.ReadLine());
                }
                catch (Exception)
                {
                }
            }
        }
        """;

    private const string GeneratorOutput = """
        static class Generated { static void Run() => System.Diagnostics.Process.Start("tar", System.Console.ReadLine()); }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("sg-compiler-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string RequestFile => Path.Combine(_root, "obj", "securitygate.request.txt");

    [Fact]
    public void A_request_survives_the_round_trip_through_its_file()
    {
        var request = Request(("Program.cs", Vulnerable)) with
        {
            TargetFramework = "net10.0",
            GeneratedSourceFiles = [Path.Combine(_root, "gen", "A.g.cs")],
            DefineConstants = "DEBUG;TRACE\tODD\nLINE\\END",
            Nullable = "enable",
            AllowUnsafeBlocks = true,
            BaselineFile = Path.Combine(_root, "baseline.json"),
            UpdateBaseline = true,
            SarifFile = Path.Combine(_root, "out.sarif"),
            MarkdownFile = Path.Combine(_root, "out.md"),
            PolicyFile = "policy/securitygate.json",
            Properties = new Dictionary<string, string?> { ["SecurityGateCommandExecutionThreshold"] = "2", ["SecurityGateOdd"] = "a=b" },
            GlobalPropertyNames = ["Configuration", "SecurityGateEnabled"],
            FailOnInternalError = false,
            AssemblyName = "App",
            ReadsGeneratorOutput = true,
        };

        var stamp = CompilerAnalysis.WriteRequest(request, RequestFile);
        var (read, readStamp) = CompilerAnalysis.ReadRequest(RequestFile)!.Value;

        Assert.Equal(stamp, readStamp);
        Assert.Equal(32, stamp.Length);
        Assert.Equal(
            (request.ProjectFile, request.TargetFramework, request.LangVersion, request.DefineConstants, request.Nullable, request.OutputType, request.AllowUnsafeBlocks),
            (read.ProjectFile, read.TargetFramework, read.LangVersion, read.DefineConstants, read.Nullable, read.OutputType, read.AllowUnsafeBlocks));
        Assert.Equal(
            (request.BaselineFile, request.UpdateBaseline, request.SarifFile, request.MarkdownFile, request.PolicyFile, request.FailOnInternalError, request.AssemblyName),
            (read.BaselineFile, read.UpdateBaseline, read.SarifFile, read.MarkdownFile, read.PolicyFile, read.FailOnInternalError, read.AssemblyName));
        Assert.True(read.ReadsGeneratorOutput);
        Assert.Equal(request.SourceFiles, read.SourceFiles);
        Assert.Equal(request.GeneratedSourceFiles, read.GeneratedSourceFiles);
        Assert.Equal(request.GlobalPropertyNames, read.GlobalPropertyNames);
        Assert.Equal(request.Properties.OrderBy(p => p.Key), read.Properties.OrderBy(p => p.Key));
        Assert.Empty(read.ReferencePaths);
    }

    [Fact]
    public void The_compilers_answer_is_the_result_the_build_process_would_have_logged()
    {
        var request = Request(("Program.cs", Vulnerable), ("Helper.cs", "static class Helper { static void Run(string a) => System.Diagnostics.Process.Start(\"tar\", a); }"));
        var inBuildProcess = GateRunner.Run(request);

        CompilerAnalysis.WriteRequest(request, RequestFile);
        CompilerAnalysis.Answer(RequestFile, CompilerCompilation(request), CancellationToken.None);
        var answer = CompilerAnalysis.TakeAnswer(RequestFile, out var whyNot);

        Assert.NotNull(answer);
        Assert.Equal(string.Empty, whyNot);
        Assert.Equal(["SG4001", "SG5006", "SG4001", "SG3002", "SG0006"], inBuildProcess.Messages.Select(m => m.Code).ToArray());
        Assert.Equal(inBuildProcess.Messages, answer.Result.Messages);
        Assert.Equal(inBuildProcess.Failed, answer.Result.Failed);
        Assert.Matches(@"^\d+/\d+/\d+$", answer.GcCounts);
        // Taken once: the request and the answer are gone, so a later compile the gate did not ask for answers nothing.
        Assert.Equal([], Directory.GetFiles(Path.GetDirectoryName(RequestFile)!));
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "SG4001" })]
    public void Generator_output_the_compiler_has_counts_only_when_the_build_process_reads_it_too_and_is_bound_but_not_reported(bool readsGeneratorOutput, string[] expected)
    {
        // Program reads a value through a member only the generator declares: found only when that member binds.
        const string ThroughGenerated = """
            static class Program
            {
                static void Main() => System.Diagnostics.Process.Start("tar", Generated.Arguments);
            }
            """;
        var request = Request(("Program.cs", ThroughGenerated)) with { ReadsGeneratorOutput = readsGeneratorOutput };
        var generatorOutput = """
            static class Generated
            {
                public static string Arguments => System.Console.ReadLine()!;
                static void Run() => System.Diagnostics.Process.Start("tar", System.Console.ReadLine());
            }
            """;
        var generated = CSharpSyntaxTree.ParseText(generatorOutput, ParseOptions, Path.Combine(_root, "obj", "generated", "Generator", "Generator.Source", "Generated.cs"));
        var inBuildProcess = GateRunner.Run(readsGeneratorOutput ? request with { GeneratedSourceFiles = [Write("Generated.cs", generatorOutput)] } : request);

        var answered = Answered(request, CompilerCompilation(request).AddSyntaxTrees(generated));

        Assert.Equal([.. expected, "SG0006"], answered.Messages.Select(m => m.Code).ToArray());
        Assert.All(answered.Messages.Where(m => m.Location is not null), m => Assert.Equal(request.SourceFiles[0], m.Location!.FilePath));
        Assert.StartsWith("SecurityGate: 1 file;", answered.Messages[^1].Text, StringComparison.Ordinal);
        Assert.Equal(inBuildProcess.Messages.Select(m => (m.Code, m.Location?.StartLine, m.Location?.StartColumn)), answered.Messages.Select(m => (m.Code, m.Location?.StartLine, m.Location?.StartColumn)));
    }

    [Fact]
    public void A_linked_file_the_compiler_names_through_its_project_folder_is_reported_by_its_full_path_as_in_the_build_process()
    {
        var request = Request(("Linked.cs", GeneratorOutput.Replace("Generated", "Linked", StringComparison.Ordinal)));
        var linked = request.SourceFiles[0];
        // What csc makes of '../Linked.cs' on the command line of a project in the folder App.
        var asTheCompilerNamesIt = Path.Combine(_root, "App", "..", "Linked.cs");
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(File.ReadAllText(linked), ParseOptions, asTheCompilerNamesIt)],
            request.ReferencePaths.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var answered = Answered(request, compilation);

        Assert.Equal(["SG4001", "SG0006"], answered.Messages.Select(m => m.Code).ToArray());
        Assert.Equal(linked, answered.Messages[0].Location!.FilePath);
        Assert.Equal(GateRunner.Run(request).Messages, answered.Messages);
    }

    [Fact]
    public void An_answer_to_an_earlier_request_is_not_taken_and_the_build_analyses_itself()
    {
        var request = Request(("Program.cs", Vulnerable));
        CompilerAnalysis.WriteRequest(request, RequestFile);
        CompilerAnalysis.Answer(RequestFile, CompilerCompilation(request), CancellationToken.None);
        // The next build's request, and a compile that did not run (nothing the compiler reads changed).
        CompilerAnalysis.WriteRequest(request, RequestFile);

        Assert.Null(CompilerAnalysis.TakeAnswer(RequestFile, out var whyNot));
        Assert.Equal("the compiler did not run the gate's analysis in this build", whyNot);
        Assert.Null(CompilerAnalysis.TakeAnswer(RequestFile, out whyNot));
        Assert.Equal("no request was written for the compiler", whyNot);
    }

    [Fact]
    public void A_failure_in_the_compiler_is_written_into_the_answer_as_the_reason_to_analyse_in_the_build()
    {
        var request = Request(("Program.cs", Vulnerable));
        CompilerAnalysis.WriteRequest(request, RequestFile);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        CompilerAnalysis.Answer(RequestFile, CompilerCompilation(request), cancelled.Token);

        Assert.Null(CompilerAnalysis.TakeAnswer(RequestFile, out var whyNot));
        Assert.StartsWith("the analysis failed in the compiler (OperationCanceledException: ", whyNot, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_request_the_compiler_writes_nothing()
    {
        var request = Request(("Program.cs", Vulnerable));

        CompilerAnalysis.Answer(RequestFile, CompilerCompilation(request), CancellationToken.None);

        Assert.False(File.Exists(CompilerAnalysis.AnswerFileFor(RequestFile)));
        Assert.False(File.Exists(CompilerAnalysis.ResultFileFor(RequestFile)));
    }

    private static CSharpParseOptions ParseOptions => new(LanguageVersion.Latest, preprocessorSymbols: ["DEBUG", "TRACE"]);

    private GateResult Answered(GateRequest request, CSharpCompilation compilation)
    {
        CompilerAnalysis.WriteRequest(request, RequestFile);
        CompilerAnalysis.Answer(RequestFile, compilation, CancellationToken.None);
        return Assert.IsType<GateOutcome>(CompilerAnalysis.TakeAnswer(RequestFile, out _)).Result;
    }

    // As the compiler builds it: trees parsed with their text and nullable analysis on, the project's references.
    private static CSharpCompilation CompilerCompilation(GateRequest request) => CSharpCompilation.Create(
        "App",
        request.SourceFiles.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f)),
        request.ReferencePaths.Select(p => MetadataReference.CreateFromFile(p)),
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private GateRequest Request(params (string Name, string Text)[] files)
    {
        var project = Path.Combine(_root, "App.csproj");
        File.WriteAllText(project, "<Project />");
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return new GateRequest
        {
            ProjectFile = project,
            SourceFiles = files.Select(f => Write(f.Name, f.Text)).ToArray(),
            ReferencePaths = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Console.dll", "System.Diagnostics.Process.dll", "System.ComponentModel.Primitives.dll" }
                .Select(n => Path.Combine(framework, n)).ToArray(),
            LangVersion = "latest",
            DefineConstants = "DEBUG;TRACE",
            OutputType = "Exe",
            Nullable = "enable",
        };
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }
}
