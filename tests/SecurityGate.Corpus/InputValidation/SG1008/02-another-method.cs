// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: another-method. An environment variable is passed to a private sink method.
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
        BadSink(data);
    }

    private void BadSink(string data)
    {
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B()
    {
        GoodG2BSink("status");
    }

    private void GoodG2BSink(string data)
    {
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodB2G()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        GoodB2GSink(data);
    }

    private void GoodB2GSink(string data)
    {
        var safe = "<user>" + SecurityElement.Escape(data) + "</user>";
        XmlReader.Create(new StringReader(safe), XmlSettings.Legacy).Dispose();
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
