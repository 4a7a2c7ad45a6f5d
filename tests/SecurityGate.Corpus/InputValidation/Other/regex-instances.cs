// expect: SG1006
// CWE-1333 via SG1006; shape: regex instances. A nested-quantifier pattern built without a timeout runs for minutes on
// crafted input; the same pattern with a match timeout or RegexOptions.NonBacktracking is bounded.
using System;
using System.Text.RegularExpressions;

public sealed class Case
{
    private static readonly Regex Unbounded = new("^(\\w+\\s?)*$");
    private static readonly Regex Bounded = new("^(\\w+\\s?)*$", RegexOptions.None, TimeSpan.FromSeconds(1));
    private static readonly Regex Linear = new("^(\\w+\\s?)*$", RegexOptions.NonBacktracking);

    public void Bad()
    {
        var text = Console.ReadLine() ?? string.Empty;
        var matched = Unbounded.IsMatch(text);
    }

    public void GoodTimeout()
    {
        var text = Console.ReadLine() ?? string.Empty;
        var matched = Bounded.IsMatch(text);
    }

    public void GoodNonBacktracking()
    {
        var text = Console.ReadLine() ?? string.Empty;
        var matched = Linear.IsMatch(text);
    }

    public void GoodConstantInput()
    {
        var matched = Unbounded.IsMatch("a fixed sentence");
    }
}
