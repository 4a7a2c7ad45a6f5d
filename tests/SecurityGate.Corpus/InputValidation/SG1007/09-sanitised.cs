// expect: SG1007
// CWE-601 via SG1007; shape: sanitised. Console input is used raw in Bad and passes a sanitiser (allow-list mapping) in the Good twins.
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
        var data = Console.ReadLine() ?? string.Empty;
        var redirect = new RedirectResult(data);
    }

    public void GoodB2G1()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = (data switch { "status" => "/status", _ => "/" });
        var redirect = new RedirectResult(safe);
    }

    public void GoodB2G2()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = "/search?q=" + Uri.EscapeDataString(data);
        var redirect = new RedirectResult(safe);
    }

}

public enum Mode
{
    Status,
    Log,
}
