// expect: SG1008, SG5011, SG5011
// CWE-611 via SG1008; shape: dead-branch. The flaw sits behind conditions fixed at compile time: taken in Bad, never taken in the Good twins.
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
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B1()
    {
        var data = "status";
        if (StaticReadonlyFive != 5)
        {
            data = Console.ReadLine() ?? string.Empty;
        }
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2B2()
    {
        var data = "status";
        if (StaticReturnsFalse())
        {
            data = Console.ReadLine() ?? string.Empty;
        }
        XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
    }

    public void GoodB2G1()
    {
        var data = Console.ReadLine() ?? string.Empty;
        if (PrivateConstFalse)
        {
            XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
        }
    }

    public void GoodB2G2()
    {
        var data = Console.ReadLine() ?? string.Empty;
        switch (StaticReadonlyFive)
        {
            case 6:
                XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
                break;
        }
    }

    public void GoodB2G3()
    {
        var data = Console.ReadLine() ?? string.Empty;
        while (StaticReturnsFalse())
        {
            XmlReader.Create(new StringReader(data), XmlSettings.Legacy).Dispose();
        }
    }

}

public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
