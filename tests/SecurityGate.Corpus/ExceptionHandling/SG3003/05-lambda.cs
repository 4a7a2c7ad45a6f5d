// expect: SG3003
// CWE-397 via SG3003; shape: lambda. A validation lambda throws System.Exception.
// Bad() carries the flaw; Good* twins throw FormatException and must stay silent.
using System;

public sealed class Case
{
    public Func<string, int> Bad() => text => int.TryParse(text, out var value) ? value : throw new Exception("Not a number: " + text);

    public Func<string, int> Good() => text => int.TryParse(text, out var value) ? value : throw new FormatException("Not a number: " + text);
}
