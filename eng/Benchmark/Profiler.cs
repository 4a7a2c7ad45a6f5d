using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Rules;

namespace SecurityGate.Benchmark;

/// <summary>
/// Runs the gate in-process over a generated (and built) project to find where its time goes: a cold run (JIT of
/// Roslyn and the engine included, as in a build), a warm run, then each rule alone on a fresh compilation.
/// References are the running framework's assemblies, close enough to the project's reference assemblies.
/// </summary>
internal static class Profiler
{
    public static void Run(string directory, int? roundsOnly, string? dump = null)
    {
        var sources = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && (!f.Contains("/obj/", StringComparison.Ordinal) || f.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToArray();
        var request = new GateRequest
        {
            ProjectFile = Path.Combine(directory, "Bench.App.csproj"),
            SourceFiles = sources,
            ReferencePaths = references,
            Nullable = "enable",
            OutputType = "Exe",
            AssemblyName = "Bench.App",
        };
        Console.WriteLine($"Profiling {sources.Length} files with {references.Length} references, {Environment.ProcessorCount} cores");
        var rounds = roundsOnly ?? 2;
        GateResult? last = null;
        for (var round = 1; round <= rounds; round++)
        {
            var live0 = GC.GetTotalMemory(forceFullCollection: true);
            var pause0 = GC.GetTotalPauseDuration();
            var alloc0 = GC.GetTotalAllocatedBytes();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            using var heap = new HeapAfterCollections();
            var clock = Stopwatch.StartNew();
            var result = GateRunner.Run(request, out var t);
            last = result;
            var peak = heap.Stop();
            Console.WriteLine($"   gc pause {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms, allocated {(GC.GetTotalAllocatedBytes() - alloc0) / 1048576} MB, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds:F0} ms, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, "
                + $"heap after collections up to {(peak - live0) / 1048576.0:F0} MB above the {live0 / 1048576.0:F0} MB alive before ({heap.Collections} collections seen)");
            Console.WriteLine($"{(round == 1 ? "cold" : "warm")}: parse {t.Parse.TotalMilliseconds:F0} ms, semantic set-up {t.SemanticSetup.TotalMilliseconds:F0} ms, rules {t.Rules.TotalMilliseconds:F0} ms, reports {t.Reports.TotalMilliseconds:F0} ms; total {clock.ElapsedMilliseconds} ms; {result.Messages.Count} messages");
        }

        var errors = new List<GateMessage>();
        var policy = PolicyResolver.Resolve(request.ProjectFile, null, new Dictionary<string, string?>(), errors);
        if (dump != null)
        {
            Dump(dump, last!, ProjectLoader.Load(request, policy, errors));
        }

        if (roundsOnly != null)
        {
            return;
        }

        var timings = new List<(string Rule, double Ms, int Findings)>();
        foreach (var rule in RuleRegistry.All)
        {
            var project = ProjectLoader.Load(request, policy, errors);
            _ = project.Compilation.GlobalNamespace.GetMembers();
            var clock = Stopwatch.StartNew();
            var findings = new AnalysisEngine([rule]).Analyze(project.Compilation, project.TreesToAnalyze);
            timings.Add((rule.Descriptor.Id + " " + rule.GetType().Name, clock.Elapsed.TotalMilliseconds, findings.Length));
        }

        // Baselines for the same kind of work without any rule logic: what Roslyn's binding itself costs.
        {
            var project = ProjectLoader.Load(request, policy, errors);
            _ = project.Compilation.GlobalNamespace.GetMembers();
            var clock = Stopwatch.StartNew();
            _ = project.Compilation.GetEntryPoint(CancellationToken.None);
            Console.WriteLine($"baseline: GetEntryPoint {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            var catches = 0;
            foreach (var tree in project.TreesToAnalyze)
            {
                var model = project.Compilation.GetSemanticModel(tree);
                foreach (var clause in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.CatchClauseSyntax>())
                {
                    if (clause.Declaration is { } declaration)
                    {
                        _ = model.GetTypeInfo(declaration.Type);
                        catches++;
                    }
                }
            }

            Console.WriteLine($"baseline: binding the type of {catches} catch clauses (one model per tree, serial) {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            var bodies = 0;
            foreach (var tree in project.TreesToAnalyze)
            {
                var model = project.Compilation.GetSemanticModel(tree);
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax>())
                {
                    if (method.Body?.Statements.FirstOrDefault() is { } first)
                    {
                        _ = model.GetSymbolInfo(first.DescendantNodesAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax>().FirstOrDefault() ?? (Microsoft.CodeAnalysis.SyntaxNode)first);
                        bodies++;
                    }
                }
            }

            Console.WriteLine($"baseline: one binding in each of {bodies} method bodies (serial) {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            var diagnostics = project.Compilation.GetDiagnostics();
            Console.WriteLine($"baseline: full compilation diagnostics (binds everything, serial) {clock.ElapsedMilliseconds} ms, {diagnostics.Length} diagnostics");
        }

        // All rules together: a rule pays for the binding it is first to ask for, so this shows where the work lands.
        {
            var counted = RuleRegistry.All.Select(r => new CountingRule(r)).ToArray();
            var project = ProjectLoader.Load(request, policy, errors);
            _ = project.Compilation.GlobalNamespace.GetMembers();
            var clock = Stopwatch.StartNew();
            new AnalysisEngine(counted).Analyze(project.Compilation, project.TreesToAnalyze);
            Console.WriteLine($"All rules together (warm, fresh compilation) {clock.ElapsedMilliseconds} ms; time inside each rule's Analyze, summed over threads:");
            foreach (var c in counted.Where(c => c.Candidates > 0).OrderByDescending(c => c.Ticks))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Ticks * 1000.0 / Stopwatch.Frequency,8:F0} ms {c.Candidates,7} candidates of {c.Seen,7} nodes  {c.Descriptor.Id} {c.Inner.GetType().Name}"));
            }
        }

        Console.WriteLine("Each rule alone (warm, fresh compilation: includes the binding it causes):");
        foreach (var (rule, ms, count) in timings.OrderByDescending(t => t.Ms))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F0} ms  {count,4} findings  {rule}"));
        }
    }

    /// <summary>
    /// Writes the gate's messages of the last round and the raw findings of every rule (before the policy filters
    /// them, with origin and flow path), so an optimisation can be diffed for identical results.
    /// </summary>
    private static void Dump(string file, GateResult result, LoadedProject project)
    {
        using var writer = new StreamWriter(file);
        writer.WriteLine("# messages");
        foreach (var message in result.Messages)
        {
            writer.WriteLine(message.ToString());
        }

        writer.WriteLine("# raw findings");
        foreach (var finding in new AnalysisEngine(RuleRegistry.All).Analyze(project.Compilation, project.TreesToAnalyze))
        {
            var l = finding.Location;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{finding.Rule.Id} {l.FilePath}({l.StartLine},{l.StartColumn},{l.EndLine},{l.EndColumn}) {finding.Origin} {finding.Fingerprint}: {finding.Message}"));
            foreach (var step in finding.Path)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step.Description} @ {step.Location.FilePath}({step.Location.StartLine},{step.Location.StartColumn})"));
            }
        }

        Console.WriteLine($"dump written to {file}");
    }
}

/// <summary>Wraps a rule to count the nodes it is offered, its candidates and the time spent in its analysis.</summary>
internal sealed class CountingRule(SecurityRule inner) : SecurityRule
{
    private long _ticks;
    private int _candidates;
    private int _seen;

    public SecurityRule Inner => inner;

    public long Ticks => Interlocked.Read(ref _ticks);

    public int Candidates => _candidates;

    public int Seen => _seen;

    public override RuleDescriptor Descriptor => inner.Descriptor;

    public override System.Collections.Immutable.ImmutableArray<SyntaxKind> NodeKinds => inner.NodeKinds;

    public override bool IsCandidate(SyntaxNode node)
    {
        Interlocked.Increment(ref _seen);
        var candidate = inner.IsCandidate(node);
        if (candidate)
        {
            Interlocked.Increment(ref _candidates);
        }

        return candidate;
    }

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Analyze(node, context);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
    }
}

/// <summary>
/// Follows the managed heap's size right after each garbage collection (less its fragmentation) while the gate runs:
/// the largest value bounds from above what the gate kept alive at once, since a gen0 or gen1 collection leaves older
/// garbage in place. Polls the runtime's record of the last collection, so it adds no collections of its own.
/// </summary>
internal sealed class HeapAfterCollections : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;
    private long _lastIndex = -1;

    public HeapAfterCollections()
    {
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "heap sampler" };
        _thread.Start();
    }

    /// <summary>How many collections the sampler saw.</summary>
    public int Collections { get; private set; }

    /// <summary>Stops sampling; returns the largest heap size seen after a collection (bytes).</summary>
    public long Stop()
    {
        _stop = true;
        _thread.Join();
        Sample();
        return _peak;
    }

    public void Dispose()
    {
        if (!_stop)
        {
            Stop();
        }
    }

    private void Sample()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (info.Index != _lastIndex && info.Index > 0)
        {
            _lastIndex = info.Index;
            Collections++;
            _peak = Math.Max(_peak, info.HeapSizeBytes - info.FragmentedBytes);
        }
    }
}
