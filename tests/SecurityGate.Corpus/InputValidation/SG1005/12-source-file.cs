// expect: SG1005
// CWE-1333 via SG1005; shape: source-file. File contents reaches the sink in the same method.
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
        var data = File.ReadAllText("input.txt").Trim();
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodG2B()
    {
        var data = "status";
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodB2G()
    {
        var data = File.ReadAllText("input.txt").Trim();
        var safe = Regex.Escape(data);
        var matched = Regex.IsMatch("user-42 logged in", safe, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

}
