// expect: SG5013
// CWE-319 via SG5013; shape: setter. JWT bearer options fetch metadata over plain HTTP.
// Bad() carries the flaw; Good* twins require HTTPS and must stay silent.
using Microsoft.AspNetCore.Authentication.JwtBearer;

public sealed class Case
{
    public void Bad(JwtBearerOptions options)
    {
        options.RequireHttpsMetadata = false;
    }

    public void Good(JwtBearerOptions options)
    {
        options.RequireHttpsMetadata = true;
    }
}
