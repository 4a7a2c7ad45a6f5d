// expect: SG1005
// CWE-1333 via SG1005; shape: collection. An environment variable travels inside a Queue.
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
        var items = new Queue<string>();
        items.Enqueue(data);
        BadSink(items);
    }

    private void BadSink(Queue<string> items)
    {
        var data = items.Peek();
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public void GoodG2B()
    {
        var items = new Queue<string>();
        items.Enqueue("status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(Queue<string> items)
    {
        var data = items.Peek();
        var matched = Regex.IsMatch("user-42 logged in", data, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

}
