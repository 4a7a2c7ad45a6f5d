// expect: SG1004
// CWE-643 via SG1004; shape: collection. An environment variable travels inside a Dictionary.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Security;
using System.Xml;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var items = new Dictionary<int, string>();
        items.Add(1, data);
        BadSink(items);
    }

    private void BadSink(Dictionary<int, string> items)
    {
        var data = items[1];
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2B()
    {
        var items = new Dictionary<int, string>();
        items.Add(1, "status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(Dictionary<int, string> items)
    {
        var data = items[1];
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

}
