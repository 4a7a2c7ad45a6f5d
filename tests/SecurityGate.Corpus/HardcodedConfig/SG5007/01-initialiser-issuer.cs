// expect: SG5007
// CWE-347 via SG5007; shape: object-initialiser. Issuer validation is switched off in an initialiser.
// Bad() carries the flaw; Good* twins validate the issuer and must stay silent.
using Microsoft.IdentityModel.Tokens;

public sealed class Case
{
    public TokenValidationParameters Bad() => new TokenValidationParameters { ValidateIssuer = false, ValidAudience = "api" };

    public TokenValidationParameters Good() => new TokenValidationParameters { ValidateIssuer = true, ValidIssuer = "https://auth.example.org", ValidAudience = "api" };
}
