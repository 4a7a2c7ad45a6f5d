// expect: SG5006
// CWE-798 via SG5006; shape: const-field. A live-looking API key is a const field.
// Case carries the flaw; GoodCase keeps only the configuration key name and must stay silent.
public sealed class Case
{
    private const string StripeApiKey = "sk_live_51HqLyjWDarjtT1zdp7dcQa9";

    public string Key => StripeApiKey;
}

public sealed class GoodCase
{
    private const string StripeApiKeySetting = "Payments:StripeApiKey";

    public string Key => StripeApiKeySetting;
}
