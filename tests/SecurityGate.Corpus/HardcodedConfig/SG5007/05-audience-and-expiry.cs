// expect: SG5007, SG5007
// CWE-347 via SG5007; shape: two-switches. Audience and expiration-time checks are both switched off.
// Bad() carries the flaws; Good* twins keep both on and must stay silent.
using Microsoft.IdentityModel.Tokens;

public sealed class Case
{
    public TokenValidationParameters Bad()
    {
        var parameters = new TokenValidationParameters { ValidAudience = "api" };
        parameters.ValidateAudience = false;
        parameters.RequireExpirationTime = false;
        return parameters;
    }

    public TokenValidationParameters Good()
    {
        var parameters = new TokenValidationParameters { ValidAudience = "api" };
        parameters.ValidateAudience = true;
        parameters.RequireExpirationTime = true;
        return parameters;
    }
}
