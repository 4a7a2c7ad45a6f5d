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

    public void BadSink(string data)
    {
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodG2BSink(string data)
    {
        var matched = Regex.IsMatch(data, "^(\\w+\\s?)*$");
    }

    public void GoodB2GSink(string data)
    {
        var safe = int.Parse(data).ToString();
        var matched = Regex.IsMatch(safe, "^(\\w+\\s?)*$");
    }

}
