using System.Runtime.InteropServices;
using SecurityGate.Build.Tasks;

namespace SecurityGate.Build.Tests.Tasks;

public sealed class BelowNormalPrioritySchedulerTests
{
    private const int SchedOther = 0;
    private const int SchedIdle = 5;

    [LinuxFact]
    public async Task Idle_only_threads_run_in_the_idle_scheduling_class_so_they_take_no_share_of_a_busy_core()
    {
        using var scheduler = new BelowNormalPriorityScheduler(1, idleOnly: true);

        var policy = await Task.Factory.StartNew(() => GetScheduler(0), CancellationToken.None, TaskCreationOptions.None, scheduler);

        Assert.Equal(SchedIdle, policy);
    }

    [LinuxFact]
    public async Task Below_normal_threads_stay_in_the_normal_class_with_a_nice_value_of_at_least_10()
    {
        using var scheduler = new BelowNormalPriorityScheduler(1);

        var (policy, nice) = await Task.Factory.StartNew(() => (GetScheduler(0), GetPriority(0, GetThreadId())), CancellationToken.None, TaskCreationOptions.None, scheduler);

        Assert.Equal(SchedOther, policy);
        Assert.InRange(nice, 10, 19);
    }

    [DllImport("libc", EntryPoint = "sched_getscheduler")]
    private static extern int GetScheduler(int pid);

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}

/// <summary>A fact about Linux's scheduler, skipped elsewhere (other systems get a thread priority instead).</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Scheduling classes and nice values are Linux's";
        }
    }
}
