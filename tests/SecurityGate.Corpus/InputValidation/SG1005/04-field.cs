// expect: SG1005
// CWE-1333 via SG1005; shape: field. Socket data is stored in an instance field and used by another method.
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

    private string _badData = string.Empty;
    private string _goodG2BData = string.Empty;
    private string _goodB2GData = string.Empty;

    public void Bad()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        _badData = data;
        BadSink();
    }

    private void BadSink()
    {
        var matched = Regex.IsMatch("user-42 logged in", _badData, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodG2B()
    {
        _goodG2BData = "status";
        GoodG2BSink();
    }

    private void GoodG2BSink()
    {
        var matched = Regex.IsMatch("user-42 logged in", _goodG2BData, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        _goodB2GData = data;
        GoodB2GSink();
    }

    private void GoodB2GSink()
    {
        var safe = Regex.Escape(_goodB2GData);
        var matched = Regex.IsMatch("user-42 logged in", safe, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

}
