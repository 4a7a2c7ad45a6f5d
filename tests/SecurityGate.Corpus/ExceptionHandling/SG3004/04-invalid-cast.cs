// expect: SG3004
// CWE-395 via SG3004; shape: cast. An InvalidCastException replaces a type test.
// Bad() carries the flaw; Good* twins use a pattern and must stay silent.
using System;

public sealed class Case
{
    public string Bad(object value)
    {
        try
        {
            return ((IFormattable)value).ToString("N2", null);
        }
        catch (InvalidCastException)
        {
            return value.ToString() ?? string.Empty;
        }
    }

    public string Good(object value) =>
        value is IFormattable formattable ? formattable.ToString("N2", null) : value.ToString() ?? string.Empty;
}
