// expect: SG3004
// CWE-395 via SG3004; shape: lambda. A lambda catches NullReferenceException to default a missing value.
// Bad() carries the flaw; Good* twins use a filter that rethrows the unexpected, or a null check, and must stay silent.
using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Case
{
    public List<int> Bad(List<string?> values) =>
        values.Select(v =>
        {
            try
            {
                return v!.Length;
            }
            catch (NullReferenceException)
            {
                return -1;
            }
        }).ToList();

    public List<int> Good(List<string?> values) => values.Select(v => v?.Length ?? -1).ToList();

    public List<int> GoodRethrow(List<string?> values) =>
        values.Select(v =>
        {
            try
            {
                return v!.Length;
            }
            catch (NullReferenceException ex)
            {
                throw new InvalidOperationException("A value was missing", ex);
            }
        }).ToList();
}
