// expect: SG3005
// CWE-390 via SG3005; shape: catch-returns-true. A Try method answers true from its catch block.
// Case carries the flaw; GoodCase has the same method answering false and must stay silent.
using System;

public sealed class Case
{
    public bool TryParsePort(string text, out int port)
    {
        try
        {
            port = int.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            port = 80;
            return true;
        }
    }
}

public sealed class GoodCase
{
    public bool TryParsePort(string text, out int port)
    {
        try
        {
            port = int.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            port = 0;
            return false;
        }
    }
}
