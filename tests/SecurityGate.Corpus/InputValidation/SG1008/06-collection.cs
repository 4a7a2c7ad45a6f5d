// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: collection. An environment variable travels inside a LinkedList.
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
        var items = new LinkedList<string>();
        items.AddFirst(data);
        BadSink(items);
    }

    private void BadSink(LinkedList<string> items)
    {
        var data = items.First!.Value;
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B()
    {
        var items = new LinkedList<string>();
        items.AddFirst("status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(LinkedList<string> items)
    {
        var data = items.First!.Value;
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
