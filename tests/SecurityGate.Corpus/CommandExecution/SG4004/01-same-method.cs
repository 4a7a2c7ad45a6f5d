// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: same-method. Console input reaches the sink in the same method.
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
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodG2B()
    {
        var data = "status";
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2G()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "https://example.org/status", _ => "https://example.org/" });
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

}
