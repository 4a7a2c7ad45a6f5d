// expect: SG2004
// CWE-117 via SG2004; shape: args. A command-line argument is written to Trace.
// Bad() carries the flaw; Good* twins trace a neutralised argument and must stay silent.
using System;
using System.Diagnostics;

public sealed class Case
{
    public void Bad()
    {
        var args = Environment.GetCommandLineArgs();
        var target = args.Length > 1 ? args[1] : string.Empty;
        Trace.TraceInformation("Deploying " + target);
    }

    public void GoodB2G()
    {
        var args = Environment.GetCommandLineArgs();
        var target = (args.Length > 1 ? args[1] : string.Empty).Replace(Environment.NewLine, " ");
        Trace.TraceInformation("Deploying " + target.Replace("\r", " ").Replace("\n", " "));
    }
}
