// expect: SG1006
// CWE-1333 via SG1006; shape: virtual-call. Console input reaches the sink through an abstract method resolved to the project's override.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;

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
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }
}

public sealed class GoodG2BCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }
}

public sealed class GoodB2GCaseSink : CaseSinkBase
{
    public override void Action(string data)
    {
        var safe = int.Parse(data).ToString();
        var matched = Regex.IsMatch(safe, "^(\\w+\\s?)*$");
    }
}
