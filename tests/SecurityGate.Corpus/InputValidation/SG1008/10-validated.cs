// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: validated. An environment variable is used unchecked in Bad and behind a dominating validation check in the Good twins.
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

    public void GoodB2G1()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!Regex.IsMatch(data, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return;
        }
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodB2G2()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (Regex.IsMatch(data, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
        }
    }

    public void GoodB2G3()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        if (!IsSafe(data))
        {
            throw new ArgumentException("rejected input");
        }
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    private static bool IsSafe(string value) => Regex.IsMatch(value, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1));

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
