// expect: SG5009
// CWE-942 via SG5009; shape: fluent. A policy allows any origin together with credentials in one chain.
// Bad() carries the flaw; Good* twins name the origins, or drop credentials, and must stay silent.
using Microsoft.AspNetCore.Cors.Infrastructure;

public sealed class Case
{
    public CorsPolicy Bad() => new CorsPolicyBuilder().AllowAnyOrigin().AllowAnyHeader().AllowCredentials().Build();

    public CorsPolicy GoodOrigins() => new CorsPolicyBuilder().WithOrigins("https://app.example.org").AllowAnyHeader().AllowCredentials().Build();

    public CorsPolicy GoodNoCredentials() => new CorsPolicyBuilder().AllowAnyOrigin().AllowAnyHeader().Build();
}
