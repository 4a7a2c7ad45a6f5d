// expect: SG2002
// CWE-359 via SG2002; shape: local. A social security number read from the console is logged through a local.
// Bad() carries the flaw; Good* twins log a masked value and must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        var ssn = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Verifying applicant {Ssn}", ssn);
    }

    public void GoodMasked()
    {
        var ssn = Console.ReadLine() ?? string.Empty;
        _logger.LogInformation("Verifying applicant {Ssn}", MaskLastFour(ssn));
    }

    private static string MaskLastFour(string value) => value.Length < 4 ? "***" : "***-**-" + value[^4..];
}
