// expect: SG3001
// CWE-396 via SG3001; shape: loop. A batch loop catches every exception per item and moves on.
// Bad() carries the flaw; Good* twins catch what parsing throws, and must stay silent.
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public int Bad(IEnumerable<string> lines)
    {
        var total = 0;
        foreach (var line in lines)
        {
            try
            {
                total += int.Parse(line);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Skipping a line that is not a number");
            }
        }

        return total;
    }

    public int Good(IEnumerable<string> lines)
    {
        var total = 0;
        foreach (var line in lines)
        {
            try
            {
                total += int.Parse(line);
            }
            catch (FormatException ex)
            {
                _logger.LogError(ex, "Skipping a line that is not a number");
            }
            catch (OverflowException ex)
            {
                _logger.LogError(ex, "Skipping a line that is not a number");
            }
        }

        return total;
    }
}
