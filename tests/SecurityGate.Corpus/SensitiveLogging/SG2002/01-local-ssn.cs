// expect: SG2002
// CWE-359 via SG2002; shape: local. A social security number taken from the applicant list is logged through a local.
// Bad() carries the flaw; Good* twins log a masked value and must stay silent.
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private static readonly string[] Applicants = { "078-05-1120", "219-09-9999" };
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        var ssn = Applicants[0];
        _logger.LogInformation("Verifying applicant {Ssn}", ssn);
    }

    public void GoodMasked()
    {
        var ssn = Applicants[0];
        _logger.LogInformation("Verifying applicant {Ssn}", MaskLastFour(ssn));
    }

    private static string MaskLastFour(string value) => value.Length < 4 ? "***" : "***-**-" + value[^4..];
}
