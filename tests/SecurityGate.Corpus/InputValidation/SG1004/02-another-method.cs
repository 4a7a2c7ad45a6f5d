// expect: SG1004
// CWE-643 via SG1004; shape: another-method. An environment variable is passed to a private sink method.
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
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2B()
    {
        GoodG2BSink("status");
    }

    private void GoodG2BSink(string data)
    {
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodB2G()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        GoodB2GSink(data);
    }

    private void GoodB2GSink(string data)
    {
        var safe = SecurityElement.Escape(data);
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + safe + "']");
    }

}
