// expect: SG1002
// CWE-22 via SG1002; shape: validated. An environment variable is used unchecked in Bad and behind a dominating validation check in the Good twins.
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
        var content = File.ReadAllText("/srv/files/" + data);
    }

    public void GoodB2G1()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!Regex.IsMatch(data, "^[A-Za-z0-9_]+\\.txt$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return;
        }
        var content = File.ReadAllText("/srv/files/" + data);
    }

    public void GoodB2G2()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (Regex.IsMatch(data, "^[A-Za-z0-9_]+\\.txt$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var content = File.ReadAllText("/srv/files/" + data);
        }
    }

    public void GoodB2G3()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!IsSafe(data))
        {
            throw new ArgumentException("rejected input");
        }
        var content = File.ReadAllText("/srv/files/" + data);
    }

    private static bool IsSafe(string value) => Regex.IsMatch(value, "^[A-Za-z0-9_]+\\.txt$", RegexOptions.None, TimeSpan.FromSeconds(1));

}
