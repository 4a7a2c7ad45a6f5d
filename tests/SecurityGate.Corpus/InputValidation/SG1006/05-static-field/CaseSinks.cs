// part of the case declared in Case.cs

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;

public sealed class CaseSinks
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void BadSink()
    {
        var matched = Regex.IsMatch(Case.BadData, "^(\\w+\\s?)*$");
    }

    public void GoodG2BSink()
    {
        var matched = Regex.IsMatch(Case.GoodG2BData, "^(\\w+\\s?)*$");
    }

}
