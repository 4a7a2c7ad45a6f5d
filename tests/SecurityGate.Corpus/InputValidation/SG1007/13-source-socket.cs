// expect: SG1007
// CWE-601 via SG1007; shape: source-socket. A line read from a TcpClient stream reaches the sink in the same method.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        var redirect = new RedirectResult(data);
    }

    public void GoodG2B()
    {
        var data = "status";
        var redirect = new RedirectResult(data);
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "/status", _ => "/" });
        var redirect = new RedirectResult(safe);
    }

}
