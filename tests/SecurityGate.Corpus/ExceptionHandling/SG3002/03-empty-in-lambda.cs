// expect: SG3002
// CWE-1069 via SG3002; shape: lambda. An event handler lambda swallows every error.
// Bad() carries the flaw; Good* twins report to the trace and must stay silent.
using System;
using System.Diagnostics;

public sealed class Case
{
    public event EventHandler? Changed;

    public void Bad()
    {
        Changed += (sender, args) =>
        {
            try
            {
                Refresh();
            }
            catch
            {
            }
        };
    }

    public void Good()
    {
        Changed += (sender, args) =>
        {
            try
            {
                Refresh();
            }
            catch (InvalidOperationException ex)
            {
                Trace.TraceWarning("Refresh failed: " + ex.Message);
            }
        };
    }

    private static void Refresh()
    {
    }
}
