// expect: SG5008
// CWE-614 via SG5008; shape: constant-field. Secure comes from a const field that says false.
// Bad() carries the flaw; Good* twins take it from the request scheme and must stay silent.
using Microsoft.AspNetCore.Http;

public sealed class Case
{
    private const bool UseSecureCookies = false;

    public CookieOptions Bad() => new CookieOptions { Secure = UseSecureCookies, HttpOnly = true };

    public CookieOptions Good(bool isHttps) => new CookieOptions { Secure = isHttps, HttpOnly = true };
}
