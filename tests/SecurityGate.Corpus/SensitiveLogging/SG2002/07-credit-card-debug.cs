// expect: SG2002
// CWE-359 via SG2002; shape: string-format. A credit card number goes through string.Format into Debug.WriteLine.
// Bad() carries the flaw; Good* twins format the last four digits through a masking helper and must stay silent.
using System.Diagnostics;

public sealed class Case
{
    private static readonly string[] TestCards = { "4111111111111111", "5500005555555559" };

    public void Bad(decimal amount)
    {
        var creditCard = TestCards[0];
        Debug.WriteLine(string.Format("Charging {0} to {1}", amount, creditCard));
    }

    public void Good(decimal amount)
    {
        var creditCard = TestCards[0];
        Debug.WriteLine(string.Format("Charging {0} to {1}", amount, LastFour(creditCard)));
    }

    private static string LastFour(string digits) => digits.Length < 4 ? "****" : "**** " + digits[^4..];
}
