// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: validated. An environment variable is used unchecked in Bad and behind a dominating validation check in the Good twins.
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
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2G1()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!Allowed.Contains(data))
        {
            return;
        }
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2G2()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (Allowed.Contains(data))
        {
            Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
        }
    }

    public void GoodB2G3()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!IsSafe(data))
        {
            throw new ArgumentException("rejected input");
        }
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    private static bool IsSafe(string value) => Allowed.Contains(value);

}
