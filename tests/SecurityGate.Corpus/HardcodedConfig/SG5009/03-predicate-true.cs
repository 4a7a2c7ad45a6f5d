// expect: SG5009
// CWE-942 via SG5009; shape: predicate. SetIsOriginAllowed answers true for every origin, with credentials.
// Bad() carries the flaw; Good* twins check the origin against a list and must stay silent.
using System.Collections.Generic;
using Microsoft.AspNetCore.Cors.Infrastructure;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "https://app.example.org" };

    public void Bad(CorsOptions options)
    {
        options.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(origin => true).AllowCredentials());
    }

    public void Good(CorsOptions options)
    {
        options.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(origin => Allowed.Contains(origin)).AllowCredentials());
    }
}
