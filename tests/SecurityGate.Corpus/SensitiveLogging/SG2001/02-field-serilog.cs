// expect: SG2001
// CWE-532 via SG2001; shape: field. An API key kept in a field is concatenated into a Serilog message in another method.
// Bad() carries the flaw; Good* twins log that a key is present and must stay silent.
using Microsoft.Extensions.Configuration;
using Serilog;

public sealed class Case
{
    private readonly string _apiKey;

    public Case(IConfiguration configuration) => _apiKey = configuration["Payments:ApiKey"] ?? string.Empty;

    public void Bad()
    {
        Log.Information("Calling payment gateway with key " + _apiKey);
    }

    public void GoodPresence()
    {
        Log.Information("Calling payment gateway (key configured: {Configured})", !string.IsNullOrEmpty(_apiKey));
    }

    public void GoodMasked()
    {
        Log.Information("Calling payment gateway with key {Key}", Mask(_apiKey));
    }

    private static string Mask(string value) => value.Length <= 4 ? "****" : "****" + value[^4..];
}
