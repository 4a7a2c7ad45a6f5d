// expect: SG1006
// CWE-1333 via SG1006; shape: source-file. File contents reaches the sink in the same method.
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
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodG2B()
    {
        var data = "status";
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodB2G()
    {
        var data = File.ReadAllText("input.txt").Trim();
        var safe = int.Parse(data).ToString();
        var matched = Regex.IsMatch(safe, "^(\\w+\\s?)*$");
    }

}
