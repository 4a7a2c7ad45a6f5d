// expect: none
// CWE-359 false friends: flags and counts named after personal data, and identifiers that are not personal data.
// Everything here must stay silent.
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void GoodFlags(bool ssnVerified, bool hasPassport, int cardCount)
    {
        _logger.LogInformation("SSN verified {Verified}, passport {Passport}, cards {Count}", ssnVerified, hasPassport, cardCount);
    }

    public void GoodIds(int customerId, System.Guid orderNumber)
    {
        _logger.LogInformation("Customer {Customer} placed {Order}", customerId, orderNumber);
    }
}
