// expect: SG4001
// CWE-78 via SG4001; shape: same-method. Console input reaches the sink in the same method.
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
        var data = Console.ReadLine() ?? string.Empty;
        Process.Start("git", "log --author=" + data);
    }

    public void GoodG2B()
    {
        var data = "status";
        Process.Start("git", "log --author=" + data);
    }

    public void GoodB2G()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "status", "log" => "log", _ => "help" });
        Process.Start("git", "log --author=" + safe);
    }

}
