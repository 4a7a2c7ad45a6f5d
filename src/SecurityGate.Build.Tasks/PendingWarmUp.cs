using SecurityGate.Core.Gate;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// An <see cref="EngineWarmUp"/> started before the compiler on one thread that runs only on idle cores, kept in MSBuild's
/// registered task objects until the analysis after the compiler takes what it read. The analysis never waits
/// for it: whatever is not warm by then is stopped.
/// </summary>
internal sealed class PendingWarmUp : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Task<TimeSpan> _work;

    private PendingWarmUp(GateRequest request)
    {
        Inputs = request.Inputs ?? throw new ArgumentException("A warm-up shares what it reads", nameof(request));
        var token = _cancellation.Token;
        _work = BelowNormalPriorityScheduler.Run(() => EngineWarmUp.Run(request, token), 1, idleOnly: true, token);
    }

    /// <summary>The references and sources the warm-up read, for the analysis to reuse.</summary>
    public InputCache Inputs { get; }

    /// <summary>The registration key: one per inner build, like the analysis started beside the compiler.</summary>
    public static string KeyFor(string resultFile) => "SecurityGate.PendingWarmUp:" + Path.GetFullPath(resultFile);

    public static PendingWarmUp Start(GateRequest request) => new(request);

    /// <summary>
    /// Stops the warm-up if it still runs and says how it went. A warm-up that failed is not an error: the analysis
    /// runs all the same, and reports whatever made it fail.
    /// </summary>
    public string Finish()
    {
        var finished = _work.IsCompleted;
        _cancellation.Cancel();
        try
        {
            var took = _work.GetAwaiter().GetResult();
            return $"engine warmed beside the compiler in {took.TotalMilliseconds:F0} ms";
        }
        catch (OperationCanceledException)
        {
            return "engine warm-up stopped unfinished when the compiler ended";
        }
        catch (Exception e)
        {
            return finished ? $"engine warm-up failed ({e.GetType().Name}: {e.Message})" : "engine warm-up stopped unfinished when the compiler ended";
        }
    }

    /// <summary>
    /// Stops the warm-up. Left registered (the compiler failed, so no analysis took it), it would hold the project's
    /// trees until MSBuild releases its task objects at the end of the whole build.
    /// </summary>
    public void Dispose()
    {
        _cancellation.Cancel();
        _work.ContinueWith(_ => Inputs.Clear(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
