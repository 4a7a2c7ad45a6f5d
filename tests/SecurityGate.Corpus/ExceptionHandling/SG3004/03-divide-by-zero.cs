// expect: SG3004
// CWE-395 via SG3004; shape: logging. A DivideByZeroException is caught and logged instead of testing the divisor.
// Bad() carries the flaw; Good* twins test the divisor and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public int Bad(int total, int count)
    {
        try
        {
            return total / count;
        }
        catch (DivideByZeroException ex)
        {
            _logger.LogError(ex, "No items");
            return 0;
        }
    }

    public int Good(int total, int count)
    {
        if (count == 0)
        {
            _logger.LogWarning("No items");
            return 0;
        }

        return total / count;
    }
}
