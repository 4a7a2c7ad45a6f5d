// expect: SG3001
// CWE-396 via SG3001; shape: nested-try. An inner try catches SystemException and returns a default.
// Bad() carries the flaw; Good* twins catch the specific type at the same place and must stay silent.
using System;
using System.Collections.Generic;

public sealed class Case
{
    public string Bad(IDictionary<string, string> values, string key)
    {
        try
        {
            try
            {
                return values[key];
            }
            catch (SystemException)
            {
                return "unknown";
            }
        }
        finally
        {
            values.Remove("temporary");
        }
    }

    public string Good(IDictionary<string, string> values, string key)
    {
        try
        {
            try
            {
                return values[key];
            }
            catch (KeyNotFoundException)
            {
                return "unknown";
            }
        }
        finally
        {
            values.Remove("temporary");
        }
    }
}
