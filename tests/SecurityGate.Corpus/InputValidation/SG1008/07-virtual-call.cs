// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: virtual-call. Console input reaches the sink through an abstract method resolved to the project's override.
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
        var data = Console.ReadLine() ?? string.Empty;
        CaseSinkBase sink = new BadCaseSink();
        sink.Action(data);
    }

    public void GoodG2B()
    {
        CaseSinkBase sink = new GoodG2BCaseSink();
        sink.Action("status");
    }

    public void GoodB2G()
    {
        var data = Console.ReadLine() ?? string.Empty;
        CaseSinkBase sink = new GoodB2GCaseSink();
        sink.Action(data);
    }

}

public abstract class CaseSinkBase
{
    public abstract void Action(string data);
}

public sealed class BadCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }
}

public sealed class GoodG2BCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }
}

public sealed class GoodB2GCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        var safe = "<user>" + SecurityElement.Escape(data) + "</user>";
        XmlReader.Create(new StringReader(safe), XmlSettings.Legacy).Dispose();
    }
}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
