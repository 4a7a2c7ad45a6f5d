// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: sanitised. Console input is used raw in Bad and passes a sanitiser (allow-list mapping) in the Good twins.
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

    public void GoodB2G1()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "https://example.org/status", _ => "https://example.org/" });
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

    public void GoodB2G2()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var mode = Enum.Parse<Mode>(data); var safe = mode == Mode.Status ? "status.html" : "index.html";
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

}

public enum Mode
{
    Status,
    Log,
}
