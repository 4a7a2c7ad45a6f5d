// expect: SG5009
// CWE-942 via SG5009; shape: method-group. SetIsOriginAllowed gets a method that always answers true.
// Bad() carries the flaw; Good* twins pass a method that checks the host and must stay silent.
using Microsoft.AspNetCore.Cors.Infrastructure;

public sealed class Case
{
    public void Bad(CorsPolicyBuilder policy)
    {
        policy.AllowCredentials().SetIsOriginAllowed(AnyOrigin);
    }

    private static bool AnyOrigin(string origin) => true;

    public void Good(CorsPolicyBuilder policy)
    {
        policy.AllowCredentials().SetIsOriginAllowed(GoodOrigin);
    }

    private static bool GoodOrigin(string origin) => origin.EndsWith(".example.org", System.StringComparison.Ordinal);
}
