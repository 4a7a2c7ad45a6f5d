// expect: SG1006
// CWE-1333 via SG1006; shape: collection. An environment variable travels inside a SortedList.
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
        var items = new SortedList<string, string>();
        items.Add("key", data);
        BadSink(items);
    }

    private void BadSink(SortedList<string, string> items)
    {
        var data = items["key"];
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodG2B()
    {
        var items = new SortedList<string, string>();
        items.Add("key", "status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(SortedList<string, string> items)
    {
        var data = items["key"];
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

}
