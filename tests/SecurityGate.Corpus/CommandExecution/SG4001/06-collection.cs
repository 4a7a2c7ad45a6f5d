// expect: SG4001
// CWE-78 via SG4001; shape: collection. An environment variable travels inside a List.
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
        var items = new List<string>();
        items.Add(data);
        BadSink(items);
    }

    private void BadSink(List<string> items)
    {
        var data = items[items.Count - 1];
        Process.Start("git", "log --author=" + data);
    }

    public void GoodG2B()
    {
        var items = new List<string>();
        items.Add("status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(List<string> items)
    {
        var data = items[items.Count - 1];
        Process.Start("git", "log --author=" + data);
    }

}
