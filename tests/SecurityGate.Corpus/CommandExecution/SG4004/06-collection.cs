// expect: SG4004, SG4002
// CWE-78 via SG4004; shape: collection. An environment variable travels inside a Stack.
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
        var items = new Stack<string>();
        items.Push(data);
        BadSink(items);
    }

    private void BadSink(Stack<string> items)
    {
        var data = items.Peek();
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

    public void GoodG2B()
    {
        var items = new Stack<string>();
        items.Push("status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(Stack<string> items)
    {
        var data = items.Peek();
        Process.Start(new ProcessStartInfo { FileName = data, UseShellExecute = true });
    }

}
