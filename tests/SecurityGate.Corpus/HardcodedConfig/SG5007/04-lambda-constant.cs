// expect: SG5007
// CWE-347 via SG5007; shape: lambda-constant. A configure lambda turns off signing-key validation through a const.
// Bad() carries the flaw; Good* twins use a value from configuration and must stay silent.
using System;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private const bool CheckSigningKey = false;

    public Action<JwtBearerOptions> Bad() => options => options.TokenValidationParameters.ValidateIssuerSigningKey = CheckSigningKey;

    public Action<JwtBearerOptions> Good(IConfiguration configuration) =>
        options => options.TokenValidationParameters.ValidateIssuerSigningKey = configuration["Jwt:ValidateKey"] != "no";
}
