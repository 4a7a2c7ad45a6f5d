// expect: SG1006
// CWE-1333 via SG1006; shape: validated. An environment variable is used unchecked in Bad and behind a dominating validation check in the Good twins.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodB2G1()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!Regex.IsMatch(data, "^[A-Za-z0-9_]{1,32}$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return;
        }
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodB2G2()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (Regex.IsMatch(data, "^[A-Za-z0-9_]{1,32}$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
        }
    }

    public void GoodB2G3()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!IsSafe(data))
        {
            throw new ArgumentException("rejected input");
        }
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    private static bool IsSafe(string value) => Regex.IsMatch(value, "^[A-Za-z0-9_]{1,32}$", RegexOptions.None, TimeSpan.FromSeconds(1));

}
