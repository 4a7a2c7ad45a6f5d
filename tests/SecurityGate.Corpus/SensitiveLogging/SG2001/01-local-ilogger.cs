// expect: SG2001
// CWE-532 via SG2001; shape: local. A password read from the console is written to an ILogger through a local.
// Bad() carries the flaw; Good* twins log the same event without the secret and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger<Case> _logger;

    public Case(ILogger<Case> logger) => _logger = logger;

    public void Bad()
    {
        var userName = Console.ReadLine() ?? string.Empty;
        var password = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Login attempt for {User} with {Password}", userName, password);
    }

    public void GoodUserOnly()
    {
        var userName = Console.ReadLine() ?? string.Empty;
        var password = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Login attempt for {User} (password given: {HasPassword})", userName, password.Length > 0);
    }

    public void GoodLength()
    {
        var password = Console.ReadLine() ?? string.Empty;
        _logger.LogDebug("Password length {Length}", password.Length);
    }
}
