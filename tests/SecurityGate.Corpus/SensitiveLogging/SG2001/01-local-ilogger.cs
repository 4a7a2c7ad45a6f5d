// expect: SG2001
// CWE-532 via SG2001; shape: local. A generated initial password is written to an ILogger through a local.
// Bad() carries the flaw; Good* twins log the same event without the secret and must stay silent.
using System;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger<Case> _logger;

    public Case(ILogger<Case> logger) => _logger = logger;

    public void Bad()
    {
        const string userName = "operator";
        var password = NewPassword();
        _logger.LogInformation("Created {User} with initial password {Password}", userName, password);
    }

    public void GoodUserOnly()
    {
        const string userName = "operator";
        var password = NewPassword();
        _logger.LogInformation("Created {User} (password set: {HasPassword})", userName, password.Length > 0);
    }

    public void GoodLength()
    {
        var password = NewPassword();
        _logger.LogDebug("Password length {Length}", password.Length);
    }

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
