// expect: SG5001
// CWE-259 via SG5001; shape: a password that is either null or one literal. Null adds no value, so only the literal can
// reach the credential; the twin's alternative comes from configuration, so the value is not fixed in code.
using System.Net;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private readonly IConfiguration _configuration;

    public Case(IConfiguration configuration) => _configuration = configuration;

    public NetworkCredential Bad(bool builtIn)
    {
        string? value = null;
        if (builtIn)
        {
            value = "S3cr3t-Pa55-2024";
        }

        return new NetworkCredential("svc", value);
    }

    public NetworkCredential GoodConfigured(bool builtIn)
    {
        string? value = _configuration["Svc:Password"];
        if (builtIn)
        {
            value = _configuration["Svc:BuiltInPassword"];
        }

        return new NetworkCredential("svc", value);
    }
}
