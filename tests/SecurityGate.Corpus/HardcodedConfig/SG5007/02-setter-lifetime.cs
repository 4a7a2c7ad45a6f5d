// expect: SG5007
// CWE-613 via SG5007; shape: setter. Token lifetime validation is switched off by a setter.
// Bad() carries the flaw; Good* twins leave it on and must stay silent.
using Microsoft.IdentityModel.Tokens;

public sealed class Case
{
    public void Bad(TokenValidationParameters parameters)
    {
        parameters.ValidateLifetime = false;
    }

    public void Good(TokenValidationParameters parameters)
    {
        parameters.ValidateLifetime = true;
    }
}
