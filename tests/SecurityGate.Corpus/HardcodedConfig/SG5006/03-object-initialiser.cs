// expect: SG5006
// CWE-798 via SG5006; shape: object-initialiser. OpenID Connect options get a client secret literal.
// Bad() carries the flaw; Good* twins read it from configuration and must stay silent.
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    public void Bad(OpenIdConnectOptions options)
    {
        options.ClientId = "portal";
        options.ClientSecret = "f3a9c1e7b5d2046a8e1f9c3b7d5a2e64";
    }

    public void Good(OpenIdConnectOptions options, IConfiguration configuration)
    {
        options.ClientId = "portal";
        options.ClientSecret = configuration["Oidc:ClientSecret"];
    }
}
