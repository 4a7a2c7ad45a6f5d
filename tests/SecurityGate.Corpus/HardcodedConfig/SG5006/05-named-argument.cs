// expect: SG5006
// CWE-798 via SG5006; shape: named-argument. A secret-looking literal is passed as a named apiKey argument.
// Bad() carries the flaw; Good* twins pass a value read at run time and must stay silent.
using System;

public sealed class WeatherClient
{
    public WeatherClient(string baseUrl, string apiKey)
    {
        BaseUrl = baseUrl;
        Key = apiKey;
    }

    public string BaseUrl { get; }

    private string Key { get; }
}

public sealed class Case
{
    public WeatherClient Bad() => new WeatherClient("https://api.weather.example.org", apiKey: "a7Gk29Qp0Xz4Lm8Rt6Vb1Nc3");

    public WeatherClient Good() => new WeatherClient("https://api.weather.example.org", apiKey: Environment.GetEnvironmentVariable("WEATHER_API_KEY") ?? string.Empty);
}
