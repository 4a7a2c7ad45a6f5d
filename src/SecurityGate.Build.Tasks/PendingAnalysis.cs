using SecurityGate.Core.Gate;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// An analysis started before the compiler, kept in MSBuild's registered task objects until the call after the
/// compiler collects it. MSBuild disposes what is still registered when the build ends (the compiler failed and
/// the second call never ran): that cancels the work instead of leaving it to run in a reused node.
/// </summary>
internal sealed class PendingAnalysis : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Task<GateOutcome> _work;

    private PendingAnalysis(GateRequest request)
    {
        var token = _cancellation.Token;
        _work = BelowNormalPriorityScheduler.Run(() => GateOutcome.Run(request, token), Math.Min(Environment.ProcessorCount, 4), idleOnly: false, token);
    }

    /// <summary>The registration key: one per inner build, since the result file is under the intermediate folder.</summary>
    public static string KeyFor(string resultFile) => "SecurityGate.PendingAnalysis:" + Path.GetFullPath(resultFile);

    public static PendingAnalysis Start(GateRequest request) => new(request);

    /// <summary>Waits for the analysis; its exception, if any, comes out unwrapped for the fail-closed report.</summary>
    public GateOutcome Wait() => _work.GetAwaiter().GetResult();

    public void Dispose()
    {
        if (!_work.IsCompleted)
        {
            _cancellation.Cancel();
        }

        // The token may still be observed by work that is winding down, so the source is left to the collector.
    }
}
