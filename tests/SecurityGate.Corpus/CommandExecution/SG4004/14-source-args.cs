// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: source-args. A command-line argument of Main reaches the sink in the same method.
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

    public void Bad(string[] args)
    {
        var data = args.Length > 0 ? args[0] : string.Empty;
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodG2B()
    {
        var data = "status";
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2G(string[] args)
    {
        var data = args.Length > 0 ? args[0] : string.Empty;
        var safe = (data switch { "status" => "https://example.org/status", _ => "https://example.org/" });
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

    public static void Main(string[] args)
    {
        var program = new Case();
        program.Bad(args);
        program.GoodG2B();
        program.GoodB2G(args);
    }

}
