// expect: SG3003
// CWE-397 via SG3003; shape: throw-expression. A null-coalescing throw expression raises ApplicationException.
// Bad() carries the flaw; Good* twins throw InvalidOperationException and must stay silent.
using System;

public sealed class Case
{
    public string Bad(string? name) => name ?? throw new ApplicationException("Name is not configured");

    public string Good(string? name) => name ?? throw new InvalidOperationException("Name is not configured");
}
