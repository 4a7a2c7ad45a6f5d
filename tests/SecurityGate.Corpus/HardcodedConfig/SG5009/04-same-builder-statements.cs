// expect: SG5009
// CWE-942 via SG5009; shape: statements. The same builder gets AllowAnyOrigin and AllowCredentials in separate statements.
// Bad() carries the flaw; Good* twins disallow credentials and must stay silent.
using Microsoft.AspNetCore.Cors.Infrastructure;

public sealed class Case
{
    public CorsPolicy Bad()
    {
        var builder = new CorsPolicyBuilder();
        builder.AllowAnyOrigin();
        builder.AllowAnyHeader();
        builder.AllowCredentials();
        return builder.Build();
    }

    public CorsPolicy Good()
    {
        var builder = new CorsPolicyBuilder();
        builder.AllowAnyOrigin();
        builder.AllowAnyHeader();
        builder.DisallowCredentials();
        return builder.Build();
    }
}
