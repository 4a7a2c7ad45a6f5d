// expect: SG2004
// CWE-117 via SG2004; shape: another-method. An environment variable is passed to a helper that writes it to Serilog.
// Bad() carries the flaw; Good* twins neutralise line breaks first and must stay silent.
using System;
using System.Text.RegularExpressions;
using Serilog;

public sealed class Case
{
    public void Bad()
    {
        var region = Environment.GetEnvironmentVariable("REGION") ?? string.Empty;
        BadSink(region);
    }

    private static void BadSink(string region)
    {
        Log.Information($"Starting in region {region}");
    }

    public void GoodG2B()
    {
        GoodSink("eu-west-1");
    }

    public void GoodB2G()
    {
        var region = Environment.GetEnvironmentVariable("REGION") ?? string.Empty;
        GoodSink(Regex.Replace(region, @"[\r\n]+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    private static void GoodSink(string region)
    {
        Log.Information($"Starting in region {region}");
    }
}
