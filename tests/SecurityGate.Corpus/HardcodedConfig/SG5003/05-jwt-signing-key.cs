// expect: SG5003
// CWE-321 via SG5003; shape: object-initialiser. A JWT signing key built from a literal is set in TokenValidationParameters.
// Bad() carries the flaw; Good* twins read the signing key from configuration and must stay silent.
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

public sealed class Case
{
    public TokenValidationParameters Bad() => new TokenValidationParameters
    {
        ValidIssuer = "https://auth.example.org",
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes("this-is-my-super-secret-signing-key-2024")),
    };

    public TokenValidationParameters Good(IConfiguration configuration) => new TokenValidationParameters
    {
        ValidIssuer = "https://auth.example.org",
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(configuration["Jwt:SigningKey"] ?? string.Empty)),
    };
}
