// expect: SG2002
// CWE-359 via SG2002; shape: attribute. A member marked [PersonalData] is written to Serilog.
// Bad() carries the flaw; Good* twins log an unmarked member and must stay silent.
using Microsoft.AspNetCore.Identity;
using Serilog;

public sealed class Customer
{
    public int Id { get; set; }

    [PersonalData]
    public string HomeAddress { get; set; } = string.Empty;
}

public sealed class Case
{
    public void Bad(Customer customer)
    {
        Log.Information("Shipping to {Address}", customer.HomeAddress);
    }

    public void Good(Customer customer)
    {
        Log.Information("Shipping order for customer {Id}", customer.Id);
    }
}
