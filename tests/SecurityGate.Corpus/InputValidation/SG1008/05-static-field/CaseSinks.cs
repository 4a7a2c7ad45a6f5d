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

    public void BadSink()
    {
        XmlReader.Create(new StringReader(Case.BadData), XmlSettings.Legacy).Dispose();
    }

    public void GoodG2BSink()
    {
        XmlReader.Create(new StringReader(Case.GoodG2BData), XmlSettings.Legacy).Dispose();
    }

}
