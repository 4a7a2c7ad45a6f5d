// expect: SG3002
// CWE-1069 via SG3002; shape: boundary. Even at a boundary, an empty catch-all hides the failure (one finding, SG3002).
// Main carries the flaw; Good* twins log the failure at the boundary and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public static class Program
{
    public static void Main(string[] args)
    {
        try
        {
            Console.WriteLine(args[0]);
        }
        catch (Exception)
        {
        }
    }
}

public static class GoodProgram
{
    public static ILogger Logger { get; set; } = null!;

    public static void Main(string[] args)
    {
        try
        {
            Console.WriteLine(args.Length);
        }
        catch (Exception ex)
        {
            Logger.LogCritical(ex, "Failed");
        }
    }
}
