// expect: SG5006
// CWE-798 via SG5006; shape: property. A ClientSecret property is initialised with a secret-looking literal.
// Case carries the flaw; GoodCase initialises it empty (bound from configuration later) and must stay silent.
public sealed class Case
{
    public string ClientId { get; set; } = "inventory-api";
    public string ClientSecret { get; set; } = "8Qz~vN3rT_p0Lk9.Xw2mYb7HcJf4Ds";
}

public sealed class GoodCase
{
    public string ClientId { get; set; } = "inventory-api";
    public string ClientSecret { get; set; } = string.Empty;
}
