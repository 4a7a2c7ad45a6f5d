// expect: SG5009
// CWE-942 via SG5009; shape: lambda. AddPolicy's lambda allows any origin and credentials.
// Bad() carries the flaw; Good* twins name the origins and must stay silent.
using Microsoft.AspNetCore.Cors.Infrastructure;

public sealed class Case
{
    public void Bad(CorsOptions options)
    {
        options.AddPolicy("spa", policy => policy.AllowAnyOrigin().AllowAnyMethod().AllowCredentials());
    }

    public void Good(CorsOptions options)
    {
        options.AddPolicy("spa", policy => policy.WithOrigins("https://spa.example.org").AllowAnyMethod().AllowCredentials());
    }
}
