// part of the case declared in Case.cs

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;

public sealed class CaseSinks
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void BadSink(string data)
    {
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodG2BSink(string data)
    {
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodB2GSink(string data)
    {
        var safe = (data switch { "status" => "https://example.org/status", _ => "https://example.org/" });
        Process.Start(new ProcessStartInfo { FileName = safe, UseShellExecute = true });
    }

}
