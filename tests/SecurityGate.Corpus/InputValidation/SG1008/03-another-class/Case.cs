// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: another-class. File contents cross to a sink in another class declared in another file.
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
        var data = File.ReadAllText("input.txt").Trim();
        new CaseSinks().BadSink(data);
    }

    public void GoodG2B()
    {
        new CaseSinks().GoodG2BSink("status");
    }

    public void GoodB2G()
    {
        var data = File.ReadAllText("input.txt").Trim();
        new CaseSinks().GoodB2GSink(data);
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
