// expect: SG2004
// CWE-117 via SG2004; shape: structured. Console input is a structured template argument of an ILogger call.
// Bad() carries the flaw; Good* twins neutralise in a helper the sink calls, and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        var query = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Search for {Query}", query);
    }

    public void GoodB2G()
    {
        var query = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Search for {Query}", query.Replace(Environment.NewLine, string.Empty).Replace("\n", string.Empty).Replace("\r", string.Empty));
    }
}
