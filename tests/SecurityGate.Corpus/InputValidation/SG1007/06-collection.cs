// expect: SG1007
// CWE-601 via SG1007; shape: collection. An environment variable travels inside a List.
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
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var items = new List<string>();
        items.AddRange(new[] { data });
        BadSink(items);
    }

    private void BadSink(List<string> items)
    {
        var data = items[0];
        var redirect = new RedirectResult(data);
    }

    public void GoodG2B()
    {
        var items = new List<string>();
        items.AddRange(new[] { "status" });
        GoodG2BSink(items);
    }

    private void GoodG2BSink(List<string> items)
    {
        var data = items[0];
        var redirect = new RedirectResult(data);
    }

}
