// expect: SG3004
// CWE-395 via SG3004; shape: loop. An IndexOutOfRangeException ends a loop instead of a bounds check.
// Bad() carries the flaw; Good* twins check the bounds and must stay silent.
using System;

public sealed class Case
{
    public int Bad(int[] values)
    {
        var sum = 0;
        var i = 0;
        try
        {
            while (true)
            {
                sum += values[i++];
            }
        }
        catch (IndexOutOfRangeException)
        {
            return sum;
        }
    }

    public int Good(int[] values)
    {
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
