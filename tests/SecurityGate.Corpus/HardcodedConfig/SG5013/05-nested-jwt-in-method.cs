// expect: SG5013
// CWE-319 via SG5013; shape: helper-method. A helper creates JwtBearerOptions with the requirement off.
// Bad() carries the flaw; Good* twins create them with the default and must stay silent.
using Microsoft.AspNetCore.Authentication.JwtBearer;

public sealed class Case
{
    public JwtBearerOptions Bad() => Create("http://auth.internal");

    private static JwtBearerOptions Create(string authority)
    {
        var options = new JwtBearerOptions { Authority = authority };
        options.RequireHttpsMetadata = false;
        return options;
    }

    public JwtBearerOptions Good() => GoodCreate("https://auth.example.org");

    private static JwtBearerOptions GoodCreate(string authority) => new JwtBearerOptions { Authority = authority };
}
