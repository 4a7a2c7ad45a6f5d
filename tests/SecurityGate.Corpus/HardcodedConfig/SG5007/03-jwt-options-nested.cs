// expect: SG5007
// CWE-347 via SG5007; shape: nested-initialiser. JwtBearerOptions disables signed-token checks in a nested initialiser.
// Bad() carries the flaw; Good* twins keep it on and must stay silent.
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

public sealed class Case
{
    public JwtBearerOptions Bad() => new JwtBearerOptions
    {
        Authority = "https://auth.example.org",
        TokenValidationParameters = new TokenValidationParameters { RequireSignedTokens = false },
    };

    public JwtBearerOptions Good() => new JwtBearerOptions
    {
        Authority = "https://auth.example.org",
        TokenValidationParameters = new TokenValidationParameters { RequireSignedTokens = true },
    };
}
