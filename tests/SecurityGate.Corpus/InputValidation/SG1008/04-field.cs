// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: field. Socket data is stored in an instance field and used by another method.
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

    private string _badData = string.Empty;
    private string _goodG2BData = string.Empty;
    private string _goodB2GData = string.Empty;

    public void Bad()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        _badData = data;
        BadSink();
    }

    private void BadSink()
    {
        XmlReader.Create(new StringReader(_badData), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B()
    {
        _goodG2BData = "status";
        GoodG2BSink();
    }

    private void GoodG2BSink()
    {
        XmlReader.Create(new StringReader(_goodG2BData), XmlSettings.Legacy).Dispose();
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        _goodB2GData = data;
        GoodB2GSink();
    }

    private void GoodB2GSink()
    {
        var safe = "<user>" + SecurityElement.Escape(_goodB2GData) + "</user>";
        XmlReader.Create(new StringReader(safe), XmlSettings.Legacy).Dispose();
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
