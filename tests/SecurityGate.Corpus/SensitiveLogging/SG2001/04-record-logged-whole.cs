// expect: SG2001
// CWE-532 via SG2001; shape: dto-whole. A request record whose generated ToString lists its Password is logged whole.
// Bad() carries the flaw; Good* twins log only the user name, or a type without a secret, and must stay silent.
using Microsoft.Extensions.Logging;

public sealed record LoginRequest(string UserName, string Password);

public sealed record LoginAudit(string UserName, bool Succeeded);

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad(LoginRequest request)
    {
        _logger.LogWarning("Rejected login {Request}", request);
    }

    public void GoodField(LoginRequest request)
    {
        _logger.LogWarning("Rejected login for {User}", request.UserName);
    }

    public void GoodAudit(LoginRequest request)
    {
        var audit = new LoginAudit(request.UserName, false);
        _logger.LogWarning("Rejected login {Audit}", audit);
    }
}
