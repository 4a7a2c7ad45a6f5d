// expect: SG5008
// CWE-1004 via SG5008; shape: lambda. A configure lambda switches HttpOnly off on a cookie builder.
// Bad() carries the flaw; Good* twins keep it on and must stay silent.
using System;
using Microsoft.AspNetCore.Http;

public sealed class Case
{
    public Action<CookieBuilder> Bad() => cookie => cookie.HttpOnly = false;

    public Action<CookieBuilder> Good() => cookie => cookie.HttpOnly = true;
}
