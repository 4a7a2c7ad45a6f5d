// expect: SG5002
// CWE-798 via SG5002; shape: named-member. A property named ConnectionString is initialised with a password.
// Case carries the flaw; GoodCase initialises it with a placeholder filled at run time and must stay silent.
public sealed class Case
{
    public string ConnectionString { get; set; } = "Server=db02;Database=Audit;User Id=audit;Password=Aud1t#Log;";
}

public sealed class GoodCase
{
    public string ConnectionString { get; set; } = "Server=db02;Database=Audit;User Id=audit;Password={0};";
}
