// expect: SG3003
// CWE-397 via SG3003; shape: same-method. A guard throws System.Exception.
// Bad() carries the flaw; Good* twins throw a specific type and must stay silent.
using System;

public sealed class Case
{
    public void Bad(int quantity)
    {
        if (quantity <= 0)
        {
            throw new Exception("Quantity must be positive");
        }
    }

    public void Good(int quantity)
    {
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Quantity must be positive");
        }
    }
}
