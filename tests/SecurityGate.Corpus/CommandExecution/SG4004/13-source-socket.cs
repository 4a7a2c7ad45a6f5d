// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: source-socket. A line read from a TcpClient stream reaches the sink in the same method.
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
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodG2B()
    {
        var data = "status";
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "https://example.org/status", _ => "https://example.org/" });
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

}
