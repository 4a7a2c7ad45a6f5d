// expect: SG3005, SG3001
// CWE-390 via SG3005; shape: catch-all. IsValidToken swallows every failure into 'true' (and is a catch-all too).
// Case carries the flaws; GoodCase answers false from a specific catch and must stay silent.
using System;
using System.Text;

public sealed class Case
{
    public bool IsValidToken(string token)
    {
        try
        {
            Convert.FromBase64String(token);
        }
        catch (Exception)
        {
            return true;
        }

        return token.Length > 16;
    }
}

public sealed class GoodCase
{
    public bool IsValidToken(string token)
    {
        try
        {
            Convert.FromBase64String(token);
        }
        catch (FormatException)
        {
            return false;
        }

        return token.Length > 16;
    }
}
