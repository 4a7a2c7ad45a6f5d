// expect: SG5008
// CWE-614 via SG5008; shape: object-initialiser. A session cookie is issued with Secure = false.
// Bad() carries the flaw; Good* twins set Secure and HttpOnly and must stay silent.
using Microsoft.AspNetCore.Http;

public sealed class Case
{
    public CookieOptions Bad() => new CookieOptions { Secure = false, HttpOnly = true, SameSite = SameSiteMode.Strict };

    public CookieOptions Good() => new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict };
}
