// part of the case declared in Case.cs

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Security;
using System.Xml;

public sealed class CaseSinks
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void BadSink(string data)
    {
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2BSink(string data)
    {
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodB2GSink(string data)
    {
        var safe = SecurityElement.Escape(data);
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + safe + "']");
    }

}
