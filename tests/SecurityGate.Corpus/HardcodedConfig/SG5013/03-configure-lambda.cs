// expect: SG5013
// CWE-319 via SG5013; shape: lambda. A configure lambda turns the HTTPS metadata requirement off.
// Bad() carries the flaw; Good* twins keep it on and must stay silent.
using System;
using Microsoft.AspNetCore.Authentication.JwtBearer;

public sealed class Case
{
    public Action<JwtBearerOptions> Bad() => options =>
    {
        options.Authority = "http://identity";
        options.RequireHttpsMetadata = false;
    };

    public Action<JwtBearerOptions> Good() => options =>
    {
        options.Authority = "https://identity.example.org";
        options.RequireHttpsMetadata = true;
    };
}
