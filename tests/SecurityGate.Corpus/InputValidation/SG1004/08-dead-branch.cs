// expect: SG1004
// CWE-643 via SG1004; shape: dead-branch. The flaw sits behind conditions fixed at compile time: taken in Bad, never taken in the Good twins.
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

    private const bool PrivateConstFalse = false;
    private static readonly bool StaticReadonlyTrue = true;
    private static readonly int StaticReadonlyFive = 5;

    private static bool StaticReturnsFalse() => false;

    public void Bad()
    {
        var data = string.Empty;
        if (StaticReadonlyTrue)
        {
            data = Console.ReadLine() ?? string.Empty;
        }
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2B1()
    {
        var data = "status";
        if (StaticReadonlyFive != 5)
        {
            data = Console.ReadLine() ?? string.Empty;
        }
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodG2B2()
    {
        var data = "status";
        if (StaticReturnsFalse())
        {
            data = Console.ReadLine() ?? string.Empty;
        }
        var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
    }

    public void GoodB2G1()
    {
        var data = Console.ReadLine() ?? string.Empty;
        if (PrivateConstFalse)
        {
            var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
        }
    }

    public void GoodB2G2()
    {
        var data = Console.ReadLine() ?? string.Empty;
        switch (StaticReadonlyFive)
        {
            case 6:
                var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
                break;
        }
    }

    public void GoodB2G3()
    {
        var data = Console.ReadLine() ?? string.Empty;
        while (StaticReturnsFalse())
        {
            var doc = new XmlDocument(); doc.LoadXml("<users><user name='alice'/></users>"); var node = doc.SelectSingleNode("/users/user[@name='" + data + "']");
        }
    }

}
