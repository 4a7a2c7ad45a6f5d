// expect: SG5013
// CWE-319 via SG5013; shape: constant-field. The switch comes from a static readonly field fixed to false.
// Bad() carries the flaw; Good* twins take it from the environment and must stay silent.
using System;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

public sealed class Case
{
    private static readonly bool RequireHttps = false;

    public void Bad(OpenIdConnectOptions options)
    {
        options.RequireHttpsMetadata = RequireHttps;
    }

    public void Good(OpenIdConnectOptions options)
    {
        options.RequireHttpsMetadata = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != "Development";
    }
}
