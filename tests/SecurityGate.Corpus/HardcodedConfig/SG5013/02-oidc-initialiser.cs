// expect: SG5013
// CWE-319 via SG5013; shape: object-initialiser. OpenID Connect options switch the HTTPS requirement off.
// Bad() carries the flaw; Good* twins keep it on and must stay silent.
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

public sealed class Case
{
    public OpenIdConnectOptions Bad() => new OpenIdConnectOptions { Authority = "http://sso.internal", RequireHttpsMetadata = false };

    public OpenIdConnectOptions Good() => new OpenIdConnectOptions { Authority = "https://sso.example.org", RequireHttpsMetadata = true };
}
