// expect: SG1005
// CWE-1333 via SG1005; shape: another-method. An environment variable is passed to a private sink method.
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
        BadSink(data);
    }

    private void BadSink(string data)
    {
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodG2B()
    {
        GoodG2BSink("status");
    }

    private void GoodG2BSink(string data)
    {
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodB2G()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        GoodB2GSink(data);
    }

    private void GoodB2GSink(string data)
    {
        var safe = Regex.Escape(data);
        var matched = Regex.IsMatch("user-42 logged in", safe, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

}
