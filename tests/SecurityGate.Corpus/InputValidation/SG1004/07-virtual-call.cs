// expect: SG1004
// CWE-643 via SG1004; shape: virtual-call. Console input reaches the sink through an abstract method resolved to the project's override.
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
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }
}

public sealed class GoodG2BCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }
}

public sealed class GoodB2GCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        var safe = SecurityElement.Escape(data);
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + safe + "']");
    }
}
