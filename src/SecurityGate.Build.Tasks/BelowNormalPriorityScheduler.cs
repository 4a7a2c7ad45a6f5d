using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// Runs tasks on a few dedicated threads below normal priority. The analysis started beside the compiler runs
/// here, so it takes the cores the compiler leaves idle instead of slowing the compiler, which the build waits for
/// anyway. The engine's parallel loops use the scheduler they are started from, so they stay on these threads.
/// </summary>
internal sealed class BelowNormalPriorityScheduler : TaskScheduler, IDisposable
{
    // A nice value of 10 gives a thread about a tenth of a core that normal threads want, and all of an idle one.
    private const int LinuxNiceValue = 10;
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread[] _threads;

    private readonly bool _idleOnly;

    /// <param name="threadCount">How many threads run the tasks.</param>
    /// <param name="idleOnly">
    /// Run only on cores nothing else wants (Linux <c>SCHED_IDLE</c>), for work that is worth doing only for free. A
    /// nice value still takes a share of a contended core from the compiler; an idle-class thread takes none.
    /// </param>
    public BelowNormalPriorityScheduler(int threadCount, bool idleOnly = false)
    {
        _idleOnly = idleOnly;
        _threads = new Thread[Math.Max(1, threadCount)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = "SecurityGate analysis " + i };
            _threads[i].Start();
        }
    }

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>
    /// Runs <paramref name="work"/> on a scheduler of its own, whose threads end when the work does; the engine's
    /// parallel loops inside it stay on those threads.
    /// </summary>
    public static Task<T> Run<T>(Func<T> work, int threadCount, bool idleOnly, CancellationToken cancellationToken)
    {
        var scheduler = new BelowNormalPriorityScheduler(threadCount, idleOnly);
        var task = Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.None, scheduler);
        task.ContinueWith(_ => scheduler.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>Lets the threads finish what is queued and end.</summary>
    public void Dispose() => _queue.CompleteAdding();

    /// <inheritdoc />
    protected override void QueueTask(Task task) => _queue.Add(task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        LowerPriority();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private void LowerPriority()
    {
        try
        {
            if (OperatingSystem.IsLinux() && _idleOnly)
            {
                var parameters = default(SchedParam);
                if (SetScheduler(GetThreadId(), SchedIdle, ref parameters) != 0)
                {
                    _ = SetPriority(PriorityProcess, GetThreadId(), LowestNiceValue);
                }
            }
            else if (OperatingSystem.IsLinux())
            {
                // .NET ignores Thread.Priority on Linux; the nice value of one thread is set through its thread id.
                _ = SetPriority(PriorityProcess, GetThreadId(), LinuxNiceValue);
            }
            else
            {
                Thread.CurrentThread.Priority = _idleOnly ? ThreadPriority.Lowest : ThreadPriority.BelowNormal;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or ThreadStateException)
        {
            // Normal priority only costs speed, never correctness.
        }
    }

    private const int PriorityProcess = 0;
    private const int SchedIdle = 5;
    private const int LowestNiceValue = 19;

    [StructLayout(LayoutKind.Sequential)]
    private struct SchedParam
    {
        public int Priority;
    }

    [DllImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    private static extern int SetScheduler(int pid, int policy, ref SchedParam parameters);

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
