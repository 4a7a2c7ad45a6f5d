// expect: SG1003
// CWE-90 via SG1003; shape: collection. An environment variable travels inside a List.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.DirectoryServices;
using Microsoft.Security.Application;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var items = new List<string>();
        items.Insert(0, data);
        BadSink(items);
    }

    private void BadSink(List<string> items)
    {
        var data = items[0];
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodG2B()
    {
        var items = new List<string>();
        items.Insert(0, "status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(List<string> items)
    {
        var data = items[0];
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

}
