// expect: SG2002
// CWE-359 via SG2002; shape: field. An IBAN stored in a field is written to a TraceSource.
// Bad() carries the flaw; Good* twins trace the bank code only and must stay silent.
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private static readonly TraceSource Source = new("Payments");
    private string _iban = string.Empty;
    private string _bankCode = string.Empty;

    public Case(IConfiguration configuration)
    {
        var iban = configuration["Payee:Account"] ?? string.Empty;
        _iban = iban;
        _bankCode = iban.Length > 8 ? iban[4..8] : string.Empty;
    }

    public void Bad()
    {
        Source.TraceInformation("Transfer to " + _iban);
    }

    public void Good()
    {
        Source.TraceInformation("Transfer to bank " + _bankCode);
    }
}
