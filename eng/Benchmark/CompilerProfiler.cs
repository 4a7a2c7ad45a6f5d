using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Gate;

namespace SecurityGate.Benchmark;

/// <summary>
/// Runs the gate the way the compiler hosts it (<c>--profile-compiler RSP REQUEST</c>): the compilation is made from
/// the compiler's own command line (a response file holding the arguments the build's Csc task logged), compiled and
/// emitted first, as the compiler does before the analysis, then the gate analyses it several times in a row, each
/// round with its wall, CPU, allocation and GC figures and a hash of its messages (to check that a change keeps every
/// finding). The request is a copy of the one a gated build wrote beside its intermediate files
/// (<c>securitygate.request.txt</c>, deleted when the build takes the answer). Unlike a build, this measures the
/// analysis without the compiler's emit beside it on the same cores, so it tells changes to the engine apart.
/// </summary>
internal static class CompilerProfiler
{
    public static void Run(string responseFile, string requestFile, int rounds)
    {
        var (request, _) = CompilerAnalysis.ReadRequest(requestFile) ?? throw new InvalidOperationException("No gate request in " + requestFile);
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(request.ProjectFile))!;
        var arguments = CSharpCommandLineParser.Default.Parse(["@" + responseFile], projectDirectory, sdkDirectory: null);
        var trees = arguments.SourceFiles.AsParallel().AsOrdered().Select(file =>
        {
            using var stream = File.OpenRead(file.Path);
            return CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(stream), arguments.ParseOptions, file.Path);
        }).ToArray();
        var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties)).ToArray();
        var compilation = CSharpCompilation.Create(arguments.CompilationName, trees, references, arguments.CompilationOptions);
        var clock = Stopwatch.StartNew();
        using (var image = new MemoryStream())
        {
            var emit = compilation.Emit(image);
            Console.WriteLine($"Compiled and emitted {trees.Length} files in {clock.ElapsedMilliseconds} ms ({(emit.Success ? "no errors" : "with errors")}), {Environment.ProcessorCount} cores");
        }

        for (var round = 1; round <= rounds; round++)
        {
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            clock.Restart();
            var result = GateRunner.Run(request, compilation, out var timings);
            var wall = clock.ElapsedMilliseconds;
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', result.Messages.Select(m => m.ToString())))))[..12];
            Console.WriteLine($"round {round}: wall {wall} ms, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms, rules {timings.Rules.TotalMilliseconds:F0} ms, "
                + $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576} MB, gc pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, "
                + $"gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}; {result.Messages.Count} messages, hash {hash}");
        }
    }
}
