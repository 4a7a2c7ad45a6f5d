// expect: SG2003
// CWE-209 via SG2003; shape: environment. Environment.StackTrace is printed to the console on a failed check.
// Bad() carries the flaw; Good* twins send it to Debug and must stay silent.
using System;
using System.Diagnostics;

public sealed class Case
{
    public void Bad(int count)
    {
        if (count < 0)
        {
            Console.WriteLine("Negative count at " + Environment.StackTrace);
        }
    }

    public void Good(int count)
    {
        if (count < 0)
        {
            Debug.WriteLine("Negative count at " + Environment.StackTrace);
            Console.WriteLine("Negative count");
        }
    }
}
