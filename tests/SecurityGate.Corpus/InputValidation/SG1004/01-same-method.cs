// expect: SG1004
// CWE-643 via SG1004; shape: same-method. Console input reaches the sink in the same method.
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
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2B()
    {
        var data = "status";
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodB2G()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = SecurityElement.Escape(data);
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + safe + "']");
    }

}
