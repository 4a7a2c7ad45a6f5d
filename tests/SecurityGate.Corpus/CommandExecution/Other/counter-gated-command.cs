// expect: SG4001
// CWE-78 via SG4001; shape: counter-gated branch. A field that only ++ changes is not fixed: the branch it guards runs
// from the second call on. A read-only field really fixes the condition.
using System;
using System.Diagnostics;

public sealed class Case
{
    private static int _attempts = 0;
    private static readonly int Retries = 0;

    public void Bad()
    {
        _attempts++;
        var data = Console.ReadLine() ?? string.Empty;
        if (_attempts > 1)
        {
            Process.Start("git", "log " + data);
        }
    }

    public void GoodReadOnlyCounter()
    {
        var data = Console.ReadLine() ?? string.Empty;
        if (Retries > 1)
        {
            Process.Start("git", "log " + data);
        }
    }
}
