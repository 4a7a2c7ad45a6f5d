using SecurityGate.Core.Gate;
using SecurityGate.Core.Policy;

namespace SecurityGate.Core.Tests.Gate;

public sealed class EngineWarmUpTests : IDisposable
{
    private static readonly string Framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    private readonly string _root = Directory.CreateTempSubdirectory("sg-warm-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(3, new[] { 0 })]
    [InlineData(16, new[] { 0, 8 })]
    [InlineData(40, new[] { 0, 8, 16, 24, 32 })]
    public void The_slice_is_one_file_in_eight_spread_over_the_project(int files, int[] expected)
    {
        var request = new GateRequest { ProjectFile = "App.csproj", SourceFiles = Enumerable.Range(0, files).Select(i => $"F{i}.cs").ToArray() };

        Assert.Equal(expected.Select(i => $"F{i}.cs"), EngineWarmUp.Slice(request).SourceFiles);
    }

    [Fact]
    public void The_slice_of_a_large_project_stops_at_MaxFiles_and_keeps_every_other_setting()
    {
        var cache = new InputCache();
        var request = new GateRequest
        {
            ProjectFile = "App.csproj",
            SourceFiles = Enumerable.Range(0, 2000).Select(i => $"F{i}.cs").ToArray(),
            ReferencePaths = ["a.dll"],
            LangVersion = "13",
            DefineConstants = "DEBUG",
            Nullable = "enable",
            OutputType = "Exe",
            AllowUnsafeBlocks = true,
            PolicyFile = "policy.json",
            FailOnInternalError = false,
            AssemblyName = "App",
            Inputs = cache,
        };

        var slice = EngineWarmUp.Slice(request);

        Assert.Equal(EngineWarmUp.MaxFiles, slice.SourceFiles.Count);
        Assert.Equal(["F0.cs", "F83.cs", "F166.cs"], slice.SourceFiles.Take(3));
        Assert.Equal("F1916.cs", slice.SourceFiles[^1]);
        Assert.Equal(
            (request.ProjectFile, request.ReferencePaths, request.LangVersion, request.DefineConstants, request.Nullable, request.OutputType, request.AllowUnsafeBlocks, request.PolicyFile, request.FailOnInternalError, request.AssemblyName),
            (slice.ProjectFile, slice.ReferencePaths, slice.LangVersion, slice.DefineConstants, slice.Nullable, slice.OutputType, slice.AllowUnsafeBlocks, slice.PolicyFile, slice.FailOnInternalError, slice.AssemblyName));
        Assert.Same(cache, slice.Inputs);
    }

    [Fact]
    public void An_analysis_after_a_warm_up_reuses_its_references_and_reports_exactly_what_a_cold_analysis_reports()
    {
        // Nine files: the warm-up analyses only the first, which has no finding; the others each have one.
        var files = Enumerable.Range(0, 9).Select(i => Write($"F{i}.cs", i == 0
            ? "static class Quiet { static void Run() => System.Diagnostics.Process.Start(\"tar\", \"-x\"); }"
            : $"static class Loud{i} {{ static void Run() => System.Diagnostics.Process.Start(\"tar\", System.Console.ReadLine()); }}")).ToArray();
        var references = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Console.dll", "System.Diagnostics.Process.dll", "System.ComponentModel.Primitives.dll" }
            .Select(n => Path.Combine(Framework, n)).ToArray();
        var cache = new InputCache();
        GateRequest Request(InputCache? shared) => new() { ProjectFile = Write("App.csproj", "<Project />"), SourceFiles = files, ReferencePaths = references, OutputType = "Exe", Inputs = shared };

        EngineWarmUp.Run(Request(cache), CancellationToken.None);
        var readDuringWarmUp = (cache.ReferenceCount, cache.TreeCount);
        var readByWarmUp = references.Select(cache.Reference).ToArray();
        var parsedByWarmUp = files.Select(f => cache.Tree(f, ProjectLoader.ParseOptions(Request(null)))).ToArray();
        var warm = GateRunner.Run(Request(cache));
        var cold = GateRunner.Run(Request(null));

        Assert.Equal((references.Length, files.Length), readDuringWarmUp);
        Assert.Equal(readByWarmUp, references.Select(cache.Reference));
        Assert.All(parsedByWarmUp, Assert.NotNull);
        Assert.Equal(parsedByWarmUp, ProjectLoader.Load(Request(cache), GatePolicy.Default, []).Compilation.SyntaxTrees);
        Assert.Equal(cold.Messages.Select(m => m.ToString()), warm.Messages.Select(m => m.ToString()));
        Assert.Equal(8, warm.Messages.Count(m => m.Code == "SG4001"));
        Assert.DoesNotContain(warm.Messages, m => m.Location?.FilePath == files[0]);
    }

    [Fact]
    public void A_cancelled_warm_up_stops_with_OperationCanceledException()
    {
        var request = new GateRequest { ProjectFile = Write("App.csproj", "<Project />"), SourceFiles = [Write("A.cs", "class A { }")], Inputs = new InputCache() };

        Assert.ThrowsAny<OperationCanceledException>(() => EngineWarmUp.Run(request, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_reference_cache_hands_out_one_reference_per_file_and_reads_a_rewritten_file_again()
    {
        var copy = Path.Combine(_root, "System.Console.dll");
        File.Copy(Path.Combine(Framework, "System.Console.dll"), copy);
        var cache = new InputCache();

        var first = cache.Reference(copy);
        var again = cache.Reference(copy);
        File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(copy).AddMinutes(1));
        var rewritten = cache.Reference(copy);

        Assert.Same(first, again);
        Assert.NotSame(first, rewritten);
        Assert.Same(rewritten, cache.Reference(copy));
        Assert.Equal(1, cache.ReferenceCount);
    }

    [Fact]
    public void A_source_edited_after_the_warm_up_is_parsed_again_and_its_new_text_is_analysed()
    {
        var safe = "static class Tool { static void Run() => System.Diagnostics.Process.Start(\"tar\", \"-x\"); }";
        var file = Write("Tool.cs", safe);
        var framework = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Console.dll", "System.Diagnostics.Process.dll", "System.ComponentModel.Primitives.dll" }
            .Select(n => Path.Combine(Framework, n)).ToArray();
        var request = new GateRequest { ProjectFile = Write("App.csproj", "<Project />"), SourceFiles = [file], ReferencePaths = framework, Inputs = new InputCache() };
        EngineWarmUp.Run(request, CancellationToken.None);
        var warmTree = request.Inputs.Tree(file, ProjectLoader.ParseOptions(request));

        File.WriteAllText(file, safe.Replace("\"-x\"", "System.Console.ReadLine()", StringComparison.Ordinal));
        var loaded = ProjectLoader.Load(request, GatePolicy.Default, []);
        var result = GateRunner.Run(request);

        Assert.NotNull(warmTree);
        Assert.NotSame(warmTree, Assert.Single(loaded.Compilation.SyntaxTrees));
        Assert.Equal(["SG4001"], result.Messages.Where(m => m.Code.StartsWith("SG4", StringComparison.Ordinal)).Select(m => m.Code));
    }

    [Fact]
    public void A_tree_parsed_with_other_options_is_not_reused()
    {
        var file = Write("A.cs", "class A { }");
        var cache = new InputCache();
        var debug = new GateRequest { ProjectFile = "App.csproj", SourceFiles = [file], DefineConstants = "DEBUG", Inputs = cache };
        var release = new GateRequest { ProjectFile = "App.csproj", SourceFiles = [file], DefineConstants = "RELEASE", Inputs = cache };

        ProjectLoader.ParseAhead(debug, CancellationToken.None);

        Assert.NotNull(cache.Tree(file, ProjectLoader.ParseOptions(debug)));
        Assert.Null(cache.Tree(file, ProjectLoader.ParseOptions(release)));
    }

    [Fact]
    public void A_cleared_cache_holds_nothing()
    {
        var file = Write("A.cs", "class A { }");
        var cache = new InputCache();
        var request = new GateRequest { ProjectFile = "App.csproj", SourceFiles = [file], Inputs = cache };
        ProjectLoader.ParseAhead(request, CancellationToken.None);
        _ = cache.Reference(Path.Combine(Framework, "System.Runtime.dll"));

        cache.Clear();

        Assert.Equal((0, 0), (cache.ReferenceCount, cache.TreeCount));
        Assert.Null(cache.Tree(file, ProjectLoader.ParseOptions(request)));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }
}
