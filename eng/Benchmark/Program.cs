using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Benchmark;

// Usage: dotnet run --project eng/Benchmark -c Release -- [--sizes 10000,50000,200000] [--runs 3] [--seed 42]
//        [--work DIR] [--noop-samples N (no-op builds of each kind per run, the median one counts; default 5)]
//        [--package-version V (skip packing)] [--generate N DIR (only write a project)]
//        [--profile DIR (run the gate in-process on a generated, built project: cold/warm and per-rule times)]
//        [--profile-rounds N (with --profile: only N whole-gate rounds with GC and CPU figures, e.g. under dotnet-trace)]
//        [--profile-dump FILE (with --profile: write the last round's messages and every rule's raw findings, to diff)]
//        [--profile-compiler RSP REQUEST (the gate over the compiler's own compilation, as in the compiler: see CompilerProfiler)]
var options = Options.Parse(args);
var invariant = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentCulture = invariant;
CultureInfo.CurrentCulture = invariant;

var root = options.Root ?? FindRoot();
var artifacts = Path.Combine(root, "artifacts");
var feed = Path.Combine(artifacts, "packages");
var nugetPackages = Path.Combine(artifacts, "nuget-packages");
var runner = new BuildRunner(nugetPackages);

if (options.ProfileCompiler is { } compilerProfile)
{
    CompilerProfiler.Run(compilerProfile.ResponseFile, compilerProfile.RequestFile, options.ProfileRounds ?? 3);
    return 0;
}

if (options.Profile is { } profile)
{
    Profiler.Run(Path.GetFullPath(profile), options.ProfileRounds, options.ProfileDump);
    return 0;
}

if (options.GenerateOnly is { } only)
{
    var generated = new ProjectGenerator(options.Seed).Generate(Path.GetFullPath(only.Directory), only.Lines, options.PackageVersion ?? "1.0.0", feed);
    Console.WriteLine($"{generated.Lines} lines, {generated.Files} files, {generated.Entities} entities, {generated.PlantedFindings.Count} planted defects in {generated.Directory}");
    return 0;
}

var version = options.PackageVersion;
if (version is null)
{
    version = "1.0.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", invariant);
    Console.WriteLine($"Packing SecurityGate.Build {version} into {feed} ...");
    var pack = runner.Dotnet(root, "pack", Path.Combine(root, "SecurityGate.Build.sln"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nologo", "-v:q", "-nodeReuse:false");
    if (pack.ExitCode != 0)
    {
        Console.Error.WriteLine(pack.Output);
        return 1;
    }
}

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {(BuildRunner.HasGnuTime ? "peak RSS from /usr/bin/time" : "peak RSS from /proc VmHWM polling")}; {options.Runs} run(s) per size; medians reported");
var results = new List<SizeResult>();
foreach (var size in options.Sizes)
{
    var directory = Path.Combine(options.WorkDirectory, "size-" + size.ToString(invariant));
    var project = new ProjectGenerator(options.Seed).Generate(directory, size, version, feed);
    Console.WriteLine($"\n== {project.Lines} lines in {project.Files} files ({project.Entities} entities, {project.PlantedFindings.Count} planted defects): {project.Directory}");

    var restore = runner.Dotnet(directory, "restore", project.ProjectFile, "-nologo", "-v:q", "-nodeReuse:false");
    Require(restore, "restore");
    var treesBytes = TreeMemory.Measure(project.Directory);
    Console.WriteLine($"   syntax trees: {Mb(treesBytes):F1} MB");

    string[] Build(bool gate, bool rebuild)
    {
        var list = new List<string> { "build", project.ProjectFile, "--no-restore", "-nodeReuse:false", "-m:1", "-tl:off", "-nologo", "-v:n", "-clp:NoSummary;PerformanceSummary" };
        if (rebuild)
        {
            list.Add("-t:Rebuild");
        }

        if (!gate)
        {
            list.Add("-p:SecurityGateEnabled=false");
        }

        return [.. list];
    }

    // Warm-up, not counted: compiler server, file cache, JIT of the SDK.
    Require(runner.Dotnet(directory, Build(gate: true, rebuild: true)), "warm-up build");
    var runs = new List<RunResult>();
    for (var run = 1; run <= options.Runs; run++)
    {
        // Each no-op build follows the full build of the same kind: a build with the gate switched off drops the
        // gate's files from FileWrites, so IncrementalClean deletes them and the next gated build analyses again.
        // Odd runs build plain first and even runs gated first, so a machine whose speed drifts within a run does not
        // favour the same kind in every run.
        BuildMeasurement plain, noopPlain, gated, noopGate;
        if (run % 2 == 1)
        {
            (plain, noopPlain) = (Require(runner.Dotnet(directory, Build(gate: false, rebuild: true)), "plain rebuild"), MedianNoop(gate: false));
            (gated, noopGate) = (Require(runner.Dotnet(directory, Build(gate: true, rebuild: true)), "gated rebuild"), MedianNoop(gate: true));
        }
        else
        {
            (gated, noopGate) = (Require(runner.Dotnet(directory, Build(gate: true, rebuild: true)), "gated rebuild"), MedianNoop(gate: true));
            (plain, noopPlain) = (Require(runner.Dotnet(directory, Build(gate: false, rebuild: true)), "plain rebuild"), MedianNoop(gate: false));
        }

        var phases = BuildRunner.ParsePhases(gated.Output)
            ?? throw new InvalidOperationException("The gated rebuild did not log 'SecurityGate timings': the analysis did not run (-v:n needed, or it was skipped as up to date)");

        var summary = BuildRunner.Summary(gated.Output) ?? "(no summary line)";
        var result = new RunResult(plain.Elapsed.TotalSeconds, gated.Elapsed.TotalSeconds, phases, noopPlain.Elapsed.TotalMilliseconds, noopGate.Elapsed.TotalMilliseconds, plain.PeakRssBytes, gated.PeakRssBytes, summary)
        {
            PlainMSBuildRss = plain.MSBuildPeakRssBytes,
            GateMSBuildRss = gated.MSBuildPeakRssBytes,
            PlainCompileMs = BuildRunner.TargetMs(plain.Output, name => name == "CoreCompile"),
            GateCompileMs = BuildRunner.TargetMs(gated.Output, name => name == "CoreCompile"),
            GateTargetsMs = BuildRunner.TargetMs(gated.Output, name => name.Contains("SecurityGate", StringComparison.Ordinal)),
            NoopGateTargetsMs = BuildRunner.TargetMs(noopGate.Output, name => name.Contains("SecurityGate", StringComparison.Ordinal)),
            PlainCpuSeconds = plain.CpuSeconds,
            GateCpuSeconds = gated.CpuSeconds,
            Roslyn = BuildRunner.Roslyn(gated.Output) ?? "(no SecurityGate Roslyn line)",
        };
        runs.Add(result);
        Console.WriteLine($"   run {run}: plain {result.PlainSeconds:F2} s, gate {result.GateSeconds:F2} s (parse {phases.ParseMs:F0}, semantic {phases.SemanticMs:F0}, rules {phases.RulesMs:F0}, reports {phases.ReportsMs:F0}, wait {phases.WaitMs:F0} ms; {(phases.WarmUpMs > 0 ? $"warm-up beside the compiler {phases.WarmUpMs:F0} ms" : "no warm-up finished beside the compiler")}; JIT {phases.JitMs:F0} ms, GC pauses {phases.GcPauseMs:F0} ms), "
            + $"CPU {result.PlainCpuSeconds:F1}/{result.GateCpuSeconds:F1} s, no-op {result.NoopPlainMs:F0}/{result.NoopGateMs:F0} ms, RSS {Mb(result.PlainRss):F0}/{Mb(result.GateRss):F0} MB (MSBuild process {Mb(result.PlainMSBuildRss):F0}/{Mb(result.GateMSBuildRss):F0} MB)");
    }

    Console.WriteLine($"   {runs[0].Summary}");
    Console.WriteLine($"   {runs[0].Roslyn}");

    results.Add(new SizeResult(project.Lines, project.Files, treesBytes, runs));

    // A no-op build lasts about a second and swings by a few hundred milliseconds, more than the 50 ms it is judged
    // on, so each run takes several in a row and keeps the median one (its output too). Plain and gated no-op builds
    // cannot alternate: a build with the gate off drops the gate's result, and the next gated build analyses again.
    BuildMeasurement MedianNoop(bool gate)
    {
        var what = gate ? "gated no-op build" : "plain no-op build";
        var samples = new List<BuildMeasurement>();
        for (var i = 0; i < options.NoopSamples; i++)
        {
            var sample = Require(runner.Dotnet(directory, Build(gate, rebuild: false)), what);
            if (gate && BuildRunner.ParsePhases(sample.Output) != null)
            {
                Console.WriteLine("   warning: the gated no-op build analysed again (incrementality did not hold)");
            }

            samples.Add(sample);
        }

        return samples.OrderBy(m => m.Elapsed).ElementAt(samples.Count / 2);
    }
}

var report = Report.Render(results, options.Runs);
Console.WriteLine();
Console.WriteLine(report);
Directory.CreateDirectory(Path.Combine(artifacts, "benchmark"));
var reportFile = Path.Combine(artifacts, "benchmark", "results-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", invariant) + ".md");
File.WriteAllText(reportFile, report);
Console.WriteLine($"Written to {reportFile}");
return 0;

static BuildMeasurement Require(BuildMeasurement measurement, string what)
{
    if (measurement.ExitCode != 0)
    {
        var tail = string.Join('\n', measurement.Output.Split('\n').TakeLast(40));
        throw new InvalidOperationException($"{what} failed with exit code {measurement.ExitCode}:\n{tail}");
    }

    return measurement;
}

static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

static string FindRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory != null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.Build.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (SecurityGate.Build.sln not found above the current folder), or pass --root");
}

/// <summary>Command-line options.</summary>
internal sealed record Options(IReadOnlyList<int> Sizes, int Runs, int Seed, string WorkDirectory, string? Root, string? PackageVersion, (int Lines, string Directory)? GenerateOnly, string? Profile, int? ProfileRounds, string? ProfileDump, int NoopSamples)
{
    /// <summary>The compiler's response file and the gate's request, for <c>--profile-compiler</c>.</summary>
    public (string ResponseFile, string RequestFile)? ProfileCompiler { get; init; }

    public static Options Parse(string[] args)
    {
        IReadOnlyList<int> sizes = [10_000, 50_000, 200_000];
        var runs = 3;
        var noopSamples = 5;
        var seed = 42;
        var work = Path.Combine(Path.GetTempPath(), "securitygate-bench");
        string? root = null;
        string? version = null;
        (int, string)? generate = null;
        string? profile = null;
        int? profileRounds = null;
        string? profileDump = null;
        (string, string)? profileCompiler = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--sizes": sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": runs = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--noop-samples": noopSamples = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--work": work = Path.GetFullPath(Next()); break;
                case "--root": root = Path.GetFullPath(Next()); break;
                case "--package-version": version = Next(); break;
                case "--profile": profile = Next(); break;
                case "--profile-rounds": profileRounds = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--profile-dump": profileDump = Path.GetFullPath(Next()); break;
                case "--profile-compiler": profileCompiler = (Path.GetFullPath(Next()), Path.GetFullPath(Next())); break;
                case "--generate": generate = (int.Parse(Next(), CultureInfo.InvariantCulture), Next()); break;
                default: throw new ArgumentException($"Unknown option {args[i]}; see eng/benchmark.sh");
            }
        }

        return new Options(sizes, runs, seed, work, root, version, generate, profile, profileRounds, profileDump, noopSamples) { ProfileCompiler = profileCompiler };
    }
}

/// <summary>One measured round for one size.</summary>
internal sealed record RunResult(double PlainSeconds, double GateSeconds, GatePhases Phases, double NoopPlainMs, double NoopGateMs, long PlainRss, long GateRss, string Summary)
{
    /// <summary>Which Roslyn the gated rebuild ran on, as the task logged it.</summary>
    public string Roslyn { get; init; } = string.Empty;

    /// <summary>Peak resident set of the dotnet build process itself in the plain rebuild (0 when not measured).</summary>
    public long PlainMSBuildRss { get; init; }

    /// <summary>Peak resident set of the dotnet build process itself in the gated rebuild, where the gate runs.</summary>
    public long GateMSBuildRss { get; init; }

    /// <summary>CoreCompile of the plain rebuild, from MSBuild's performance summary.</summary>
    public double PlainCompileMs { get; init; }

    /// <summary>All SecurityGate targets of the gated rebuild, from MSBuild's performance summary.</summary>
    public double GateTargetsMs { get; init; }

    /// <summary>CoreCompile of the gated build: the engine's warm-up runs beside it, so a slower compiler shows here.</summary>
    public double GateCompileMs { get; init; }

    /// <summary>All SecurityGate targets of the gated no-op build, from MSBuild's performance summary.</summary>
    public double NoopGateTargetsMs { get; init; }

    /// <summary>User and system CPU seconds of the plain rebuild's process tree (0 without GNU time).</summary>
    public double PlainCpuSeconds { get; init; }

    /// <summary>User and system CPU seconds of the gated rebuild's process tree, warm-up and analysis included.</summary>
    public double GateCpuSeconds { get; init; }
}

/// <summary>All rounds for one size.</summary>
internal sealed record SizeResult(int Lines, int Files, long TreesBytes, IReadOnlyList<RunResult> Runs);

/// <summary>
/// Estimates what the gate's syntax trees cost in memory: parse every generated file with the Roslyn version the
/// package ships, walk every node (the gate's rule walk realises the red nodes, which the trees then keep), and
/// take the difference of <see cref="GC.GetTotalMemory(bool)"/> after full collections, with the trees held.
/// Source text is included (a tree holds its text). The compilation and semantic models are not.
/// </summary>
internal static class TreeMemory
{
    public static long Measure(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var before = Settle();
        var trees = new List<SyntaxTree>(files.Length);
        long nodes = 0;
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file), Encoding.UTF8), options, file);
            nodes += tree.GetRoot().DescendantNodes().LongCount();
            trees.Add(tree);
        }

        var after = Settle();
        GC.KeepAlive(trees);
        _ = nodes;
        return Math.Max(0, after - before);
    }

    private static long Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>The results table and the targets of the "Fast gate" issue.</summary>
internal static class Report
{
    private const double RatioTarget = 1.08;
    private const int RatioFromLines = 50_000;
    private const double NoopTargetMs = 50;
    private const double MemoryFactor = 2;

    public static string Render(IReadOnlyList<SizeResult> results, int runs)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"Medians of {runs} run(s) per size. Times are wall clock of `dotnet build` (-m:1, -nodeReuse:false, --no-restore); gate phases from the task's log; RSS is the peak of the build's process tree (GNU time: the largest process, the compiler); MSBuild RSS is the peak of the dotnet build process itself. The gate adds to both (the analysis runs in the compiler by default, and in the build process when the compiler did not run it or with SecurityGateAnalysisHost=msbuild), so the memory target is judged on the two added together, per run (memory Δ).");
        b.AppendLine();
        b.AppendLine("| lines | files | plain s | gate s | ratio | parse ms | semantic ms | rules ms | reports ms | wait ms | no-op plain ms | no-op gate ms | no-op Δ ms | RSS plain MB | RSS gate MB | RSS Δ MB | MSBuild RSS plain MB | MSBuild RSS gate MB | MSBuild RSS Δ MB | memory Δ MB | trees MB | targets |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var plain = Median(r.Runs.Select(x => x.PlainSeconds));
            var gate = Median(r.Runs.Select(x => x.GateSeconds));
            var ratio = Median(r.Runs.Select(x => x.GateSeconds / x.PlainSeconds));
            var noopPlain = Median(r.Runs.Select(x => x.NoopPlainMs));
            var noopGate = Median(r.Runs.Select(x => x.NoopGateMs));
            var noopDelta = Median(r.Runs.Select(x => x.NoopGateMs - x.NoopPlainMs));
            var rssPlain = Median(r.Runs.Select(x => Mb(x.PlainRss)));
            var rssGate = Median(r.Runs.Select(x => Mb(x.GateRss)));
            var rssDelta = Median(r.Runs.Select(x => Mb(x.GateRss - x.PlainRss)));
            var msbuildDelta = Median(r.Runs.Select(x => Mb(x.GateMSBuildRss - x.PlainMSBuildRss)));
            var memoryDelta = Median(r.Runs.Select(x => Mb((x.GateMSBuildRss - x.PlainMSBuildRss) + (x.GateRss - x.PlainRss))));
            var trees = Mb(r.TreesBytes);
            var ratioVerdict = r.Lines < RatioFromLines ? "ratio n/a" : ratio <= RatioTarget ? "ratio ok" : "ratio MISSED";
            var noopVerdict = noopDelta <= NoopTargetMs ? "no-op ok" : "no-op MISSED";
            // What the gate adds to the compiler and to the build process, together: counting only the process it
            // mostly runs in would leave out the other.
            var memoryVerdict = memoryDelta <= MemoryFactor * trees ? "memory ok" : "memory MISSED";
            b.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Lines} | {r.Files} | {plain:F2} | {gate:F2} | {ratio:F3} | {Median(r.Runs.Select(x => x.Phases.ParseMs)):F0} | {Median(r.Runs.Select(x => x.Phases.SemanticMs)):F0} | {Median(r.Runs.Select(x => x.Phases.RulesMs)):F0} | {Median(r.Runs.Select(x => x.Phases.ReportsMs)):F0} | {Median(r.Runs.Select(x => x.Phases.WaitMs)):F0} "
                + $"| {noopPlain:F0} | {noopGate:F0} | {noopDelta:F0} | {rssPlain:F0} | {rssGate:F0} | {rssDelta:F0} | {Median(r.Runs.Select(x => Mb(x.PlainMSBuildRss))):F0} | {Median(r.Runs.Select(x => Mb(x.GateMSBuildRss))):F0} | {msbuildDelta:F0} | {memoryDelta:F0} | {trees:F1} | {ratioVerdict}, {noopVerdict}, {memoryVerdict} |");
        }

        b.AppendLine();
        b.AppendLine("Whole builds on a shared machine vary by more than the gate costs, so MSBuild's performance summary of the same builds gives the gate's own targets beside the plain compile (medians); with the analysis in the compiler (the default) its time is inside the gated CoreCompile, and the gate's targets only write the request and log the answer. The CPU columns are the user and system time of each rebuild's process tree (GNU time), which leaves out time spent waiting for a core; they include the compiler only when it runs as a child process (UseSharedCompilation=false), not a compiler server's:");
        b.AppendLine();
        b.AppendLine("| lines | plain CoreCompile ms | gated CoreCompile ms | plain build ms | gate targets ms | gate targets / plain build | no-op gate targets ms | JIT during gate ms | GC pauses during gate ms | CPU plain s | CPU gate s | CPU ratio |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            b.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Lines} | {Median(r.Runs.Select(x => x.PlainCompileMs)):F0} | {Median(r.Runs.Select(x => x.GateCompileMs)):F0} | {Median(r.Runs.Select(x => x.PlainSeconds * 1000)):F0} | {Median(r.Runs.Select(x => x.GateTargetsMs)):F0} | {Median(r.Runs.Select(x => x.GateTargetsMs / (x.PlainSeconds * 1000))):F3} | {Median(r.Runs.Select(x => x.NoopGateTargetsMs)):F0} | {Median(r.Runs.Select(x => x.Phases.JitMs)):F0} | {Median(r.Runs.Select(x => x.Phases.GcPauseMs)):F0} | {Median(r.Runs.Select(x => x.PlainCpuSeconds)):F1} | {Median(r.Runs.Select(x => x.GateCpuSeconds)):F1} | {Median(r.Runs.Select(x => x.PlainCpuSeconds > 0 ? x.GateCpuSeconds / x.PlainCpuSeconds : 0)):F3} |");
        }

        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"Targets: ratio gate/plain ≤ {RatioTarget} from {RatioFromLines} lines; no-op Δ ≤ {NoopTargetMs} ms; memory Δ ≤ {MemoryFactor} × trees; gate time no worse than linear.");
        if (results.Count >= 2)
        {
            var first = results.MinBy(r => r.Lines)!;
            var last = results.MaxBy(r => r.Lines)!;
            var t1 = Median(first.Runs.Select(x => x.Phases.TotalMs));
            var t2 = Median(last.Runs.Select(x => x.Phases.TotalMs));
            var exponent = Math.Log(t2 / t1) / Math.Log((double)last.Lines / first.Lines);
            var perLine1 = t1 * 1000 / first.Lines;
            var perLine2 = t2 * 1000 / last.Lines;
            b.AppendLine(CultureInfo.InvariantCulture,
                $"Scaling of the gate's own time (parse+semantic+rules+reports): {t1:F0} ms at {first.Lines} lines ({perLine1:F1} µs/line) to {t2:F0} ms at {last.Lines} lines ({perLine2:F1} µs/line); "
                + $"exponent {exponent:F2} ({(exponent <= 1.0 ? "linear or better: ok" : "worse than linear: MISSED")}).");
        }

        b.AppendLine();
        foreach (var r in results)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"- {r.Lines} lines: {r.Runs[0].Summary} ({r.Runs[0].Roslyn})");
        }

        return b.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);
}
