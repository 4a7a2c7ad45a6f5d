// expect: SG2001
// CWE-532 via SG2001; shape: structured-destructure. A settings object with a ClientSecret is destructured with {@Settings}.
// Bad() carries the flaw; Good* twins use the same call with an object free of secrets and must stay silent.
using Microsoft.Extensions.Configuration;
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
    private readonly OAuthSettings _settings;

    public Case(ILogger log, IConfiguration configuration)
    {
        _log = log;
        _settings = new OAuthSettings
        {
            Authority = configuration["Oidc:Authority"] ?? string.Empty,
            ClientId = configuration["Oidc:ClientId"] ?? string.Empty,
            ClientSecret = configuration["Oidc:ClientSecret"] ?? string.Empty,
        };
    }

    public void Bad()
    {
        _log.Information("Starting with {@Settings}", _settings);
    }

    public void GoodEndpoint()
    {
        var endpoint = new OAuthEndpoint { Authority = _settings.Authority, ClientId = _settings.ClientId };
        _log.Information("Starting with {@Endpoint}", endpoint);
    }

    public void GoodScalar()
    {
        _log.Information("Starting with client {ClientId}", _settings.ClientId);
    }
}
