// expect: SG5008
// CWE-614 via SG5008; shape: cookie-builder. An authentication cookie builder allows plain HTTP.
// Bad() carries the flaw; Good* twins require HTTPS and must stay silent.
using Microsoft.AspNetCore.Http;

public sealed class Case
{
    public void Bad(CookieBuilder cookie)
    {
        cookie.SecurePolicy = CookieSecurePolicy.None;
    }

    public void Good(CookieBuilder cookie)
    {
        cookie.SecurePolicy = CookieSecurePolicy.Always;
    }
}
