// expect: SG2001
// CWE-532 via SG2001; shape: structured-destructure. A settings object with a ClientSecret is destructured with {@Settings}.
// Bad() carries the flaw; Good* twins use the same call with an object free of secrets and must stay silent.
using Serilog;

public sealed class OAuthSettings
{
    public string Authority { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
}

public sealed class OAuthEndpoint
{
    public string Authority { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
}

public sealed class Case
{
    private readonly ILogger _log;

    public Case(ILogger log) => _log = log;

    public void Bad(OAuthSettings settings)
    {
        _log.Information("Starting with {@Settings}", settings);
    }

    public void GoodEndpoint(OAuthSettings settings)
    {
        var endpoint = new OAuthEndpoint { Authority = settings.Authority, ClientId = settings.ClientId };
        _log.Information("Starting with {@Endpoint}", endpoint);
    }

    public void GoodScalar(OAuthSettings settings)
    {
        _log.Information("Starting with client {ClientId}", settings.ClientId);
    }
}
