// expect: SG3001
// CWE-396 via SG3001; shape: lambda. A bare catch inside a lambda turns every failure into a default value.
// Bad() carries the flaw; Good* twins catch the parse failure only, and must stay silent.
using System;
using System.Linq;

public sealed class Case
{
    public int[] Bad(string[] values) =>
        values.Select(v =>
        {
            try
            {
                return int.Parse(v);
            }
            catch
            {
                return -1;
            }
        }).ToArray();

    public int[] Good(string[] values) =>
        values.Select(v =>
        {
            try
            {
                return int.Parse(v);
            }
            catch (FormatException)
            {
                return -1;
            }
        }).ToArray();
}
