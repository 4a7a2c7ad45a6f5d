// expect: SG2001
// CWE-532 via SG2001; shape: dto-whole. A request record whose generated ToString lists its Password is logged whole.
// Bad() carries the flaw; Good* twins log only the user name, or a type without a secret, and must stay silent.
using System;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

public sealed record ProvisionRequest(string UserName, string Password);

public sealed record ProvisionAudit(string UserName, bool Created);

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        var request = new ProvisionRequest("operator", NewPassword());
        _logger.LogInformation("Provisioning {Request}", request);
    }

    public void GoodField()
    {
        var request = new ProvisionRequest("operator", NewPassword());
        _logger.LogInformation("Provisioning {User}", request.UserName);
    }

    public void GoodAudit()
    {
        var audit = new ProvisionAudit("operator", true);
        _logger.LogInformation("Provisioning {Audit}", audit);
    }

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
