// expect: SG2003
// CWE-209 via SG2003; shape: the project's own console helper. The exception's full text passed to a helper that writes
// its parameter to the console reaches the user; the twin passes a fixed message and logs nothing else.
using System;

public static class Out
{
    public static void Line(string text) => Console.WriteLine(text);
}

public sealed class Case
{
    public void Bad(Action work)
    {
        try
        {
            work();
        }
        catch (InvalidOperationException ex)
        {
            Out.Line("Failed: " + ex.ToString());
        }
    }

    public void GoodFixedMessage(Action work)
    {
        try
        {
            work();
        }
        catch (InvalidOperationException)
        {
            Out.Line("Failed: the operation could not complete");
        }
    }
}
