// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: source-environment. An environment variable reaches the sink in the same method.
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
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B()
    {
        var data = "status";
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodB2G()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var safe = "<user>" + SecurityElement.Escape(data) + "</user>";
        XmlReader.Create(new StringReader(safe), XmlSettings.Legacy).Dispose();
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
