// expect: SG3004
// CWE-395 via SG3004; shape: same-method. A NullReferenceException is caught instead of checking for null.
// Bad() carries the flaw; Good* twins test for null and must stay silent.
using System;

public sealed class Customer
{
    public string? Name { get; set; }
}

public sealed class Case
{
    public int Bad(Customer? customer)
    {
        try
        {
            return customer!.Name!.Length;
        }
        catch (NullReferenceException)
        {
            return 0;
        }
    }

    public int Good(Customer? customer) => customer?.Name?.Length ?? 0;
}
