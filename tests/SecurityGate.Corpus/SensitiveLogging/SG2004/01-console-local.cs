// expect: SG2004
// CWE-117 via SG2004; shape: same-method. A user name read from the console is logged with its line breaks.
// Bad() carries the flaw; Good* twins strip CR/LF or log a constant, and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        var user = Console.ReadLine() ?? string.Empty;
        _logger.LogWarning("Failed login for " + user);
    }

    public void GoodG2B()
    {
        var user = "service-account";
        _logger.LogWarning("Failed login for " + user);
    }

    public void GoodB2G()
    {
        var user = (Console.ReadLine() ?? string.Empty).Replace("\r", string.Empty).Replace("\n", string.Empty);
        _logger.LogWarning("Failed login for " + user);
    }
}
