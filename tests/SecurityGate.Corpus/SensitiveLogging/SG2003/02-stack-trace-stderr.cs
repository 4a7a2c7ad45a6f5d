// expect: SG2003
// CWE-209 via SG2003; shape: stack-trace. The stack trace of a caught exception is written to standard error.
// Bad() carries the flaw; Good* twins trace it for operators and must stay silent.
using System;
using System.Diagnostics;

public sealed class Case
{
    public int Bad(string text)
    {
        try
        {
            return int.Parse(text);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine("Invalid number\n" + ex.StackTrace);
            return 0;
        }
    }

    public int Good(string text)
    {
        try
        {
            return int.Parse(text);
        }
        catch (FormatException ex)
        {
            Trace.TraceError(ex.ToString());
            Console.Error.WriteLine("Invalid number");
            return 0;
        }
    }
}
