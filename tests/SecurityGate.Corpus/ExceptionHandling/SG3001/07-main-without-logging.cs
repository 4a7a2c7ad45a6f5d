// expect: SG3001
// CWE-396 via SG3001; shape: boundary-without-report. Main catches everything and returns an exit code without reporting the exception.
// Bad code (Main) carries the flaw; Good* twins are boundaries that hand the exception to a logger.
using System;
using Microsoft.Extensions.Logging;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception)
        {
            return 1;
        }
    }

    private static int Run(string[] args) => args.Length;
}

public static class GoodProgram
{
    public static ILogger Logger { get; set; } = null!;

    public static int Main(string[] args)
    {
        try
        {
            return args.Length;
        }
        catch (Exception ex)
        {
            Logger.LogCritical(ex, "Unhandled failure");
            return 1;
        }
    }
}
