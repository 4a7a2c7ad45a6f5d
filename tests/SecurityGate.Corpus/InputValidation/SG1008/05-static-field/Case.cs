// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: static-field. Console input is kept in a static field read through a property from another class and file.
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

    private static string s_badData = string.Empty;
    private static string s_goodG2BData = string.Empty;

    public void Bad()
    {
        var data = Console.ReadLine() ?? string.Empty;
        s_badData = data;
        new CaseSinks().BadSink();
    }

    public void GoodG2B()
    {
        s_goodG2BData = "status";
        new CaseSinks().GoodG2BSink();
    }

    internal static string BadData => s_badData;

    internal static string GoodG2BData => s_goodG2BData;

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
