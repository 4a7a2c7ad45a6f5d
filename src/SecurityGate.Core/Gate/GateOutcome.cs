using Microsoft.CodeAnalysis.CSharp;

namespace SecurityGate.Core.Gate;

/// <summary>
/// A gate run, how long its phases took, and what the runtime spent in its process meanwhile: JIT compilation, and
/// garbage collection pauses with the number of collections per generation (the build log's timings line).
/// </summary>
/// <param name="Result">What the gate logs.</param>
/// <param name="Timings">How long each phase took.</param>
/// <param name="JitTime">JIT compilation in the process while the gate ran (all threads).</param>
/// <param name="GcPause">Garbage collection pauses in the process while the gate ran.</param>
/// <param name="GcCounts">Collections per generation meanwhile, as <c>gen0/gen1/gen2</c>.</param>
public sealed record GateOutcome(GateResult Result, GateTimings Timings, TimeSpan JitTime, TimeSpan GcPause, string GcCounts)
{
    /// <summary>Runs the gate over the request's sources, read and parsed here, and measures it.</summary>
    /// <remarks>
    /// The MSBuild task calls this overload: its signature names no Roslyn type, so the task binds to none, and the
    /// Roslyn that <c>RoslynLoader</c> chose is the only one in the task's load context.
    /// </remarks>
    public static GateOutcome Run(GateRequest request, CancellationToken cancellationToken) => Run(request, compilation: null, cancellationToken);

    // Over the compiler's compilation when there is one (the analysis hosted in the compiler).
    internal static GateOutcome Run(GateRequest request, CSharpCompilation? compilation, CancellationToken cancellationToken)
    {
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var pause = GC.GetTotalPauseDuration();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var result = GateRunner.Run(request, compilation, out var timings, cancellationToken);
        return new GateOutcome(
            result,
            timings,
            System.Runtime.JitInfo.GetCompilationTime() - jit,
            GC.GetTotalPauseDuration() - pause,
            string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g])));
    }
}
