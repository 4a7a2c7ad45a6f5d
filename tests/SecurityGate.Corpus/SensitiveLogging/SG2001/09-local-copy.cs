// expect: SG2001
// CWE-532 via SG2001; shape: local-copy. A password is copied into a neutrally named local before it is logged.
// Bad() carries the flaw; Good* twins copy a user name the same way and must stay silent.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad(IConfiguration configuration)
    {
        var password = configuration["Db:Password"] ?? string.Empty;
        var data = password;
        _logger.LogDebug("Using " + data);
    }

    public void Good(IConfiguration configuration)
    {
        var userName = configuration["Db:User"] ?? string.Empty;
        var data = userName;
        _logger.LogDebug("Using " + data);
    }
}
