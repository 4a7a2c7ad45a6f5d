// expect: SG2004
// CWE-117 via SG2004; shape: static-field-lambda. Console input stored in a static field is logged from a lambda.
// Bad() carries the flaw; Good* twins log a constant from the same kind of lambda and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private static string s_badName = string.Empty;
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        s_badName = Console.ReadLine() ?? string.Empty;
        Action report = () => _logger.LogWarning("Job " + s_badName + " failed");
        report();
    }

    public void GoodG2B()
    {
        const string name = "nightly-backup";
        Action report = () => _logger.LogWarning("Job " + name + " failed");
        report();
    }
}
