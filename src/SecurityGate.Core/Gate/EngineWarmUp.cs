using System.Diagnostics;

namespace SecurityGate.Core.Gate;

/// <summary>
/// Runs the gate over a few of the project's files, so the analysis after the compiler finds the engine warm
/// (Roslyn's and the rules' code loaded and compiled) and the references read, then parses the project's other files
/// ahead; both go to the request's <see cref="GateRequest.Inputs"/>, which the analysis then reuses. The gate's result
/// on the slice is discarded.
/// </summary>
/// <remarks>
/// A cold gate spends a large share of its time on work that does not grow with the project: the runtime loads types,
/// resolves precompiled code and JIT-compiles generic code over Roslyn's types the first time each path runs, and
/// Roslyn reads the reference assemblies. Done on a slice of the project while the compiler runs, that work leaves
/// the build's critical path; the slice is small and bounded. Parsing the rest grows with the project, but it is
/// a small part of what the compiler does with the same files, on one thread the task runs only on idle cores, and it
/// stops wherever it is when the compiler ends.
/// </remarks>
public static class EngineWarmUp
{
    /// <summary>The most files a warm-up analyses.</summary>
    public const int MaxFiles = 24;

    /// <summary>
    /// Warms the engine on a slice of <paramref name="request"/>'s files, then parses the others ahead into the
    /// request's <see cref="GateRequest.Inputs"/>; returns how long it took.
    /// </summary>
    public static TimeSpan Run(GateRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _ = GateRunner.Run(Slice(request), cancellationToken);
        if (request.Inputs != null)
        {
            ProjectLoader.ParseAhead(request, cancellationToken);
        }

        return clock.Elapsed;
    }

    /// <summary>
    /// The request for the warm-up: about one file in eight, at most <see cref="MaxFiles"/>, spread evenly over the
    /// project so they show the kinds of code it has (controllers, data access, services…).
    /// </summary>
    public static GateRequest Slice(GateRequest request)
    {
        var files = request.SourceFiles;
        var count = Math.Clamp(files.Count / 8, Math.Min(1, files.Count), MaxFiles);
        var slice = Enumerable.Range(0, count).Select(i => files[(int)((long)i * files.Count / count)]).ToArray();
        return request with { SourceFiles = slice };
    }
}
