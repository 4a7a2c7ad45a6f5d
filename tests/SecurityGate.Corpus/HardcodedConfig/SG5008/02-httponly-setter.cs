// expect: SG5008
// CWE-1004 via SG5008; shape: setter. HttpOnly is switched off by a setter.
// Bad() carries the flaw; Good* twins switch it on and must stay silent.
using Microsoft.AspNetCore.Http;

public sealed class Case
{
    public void Bad(CookieOptions options)
    {
        options.HttpOnly = false;
    }

    public void Good(CookieOptions options)
    {
        options.HttpOnly = true;
    }
}
