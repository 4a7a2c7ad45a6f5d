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
        Process.Start("/bin/sh", "-c \"grep " + Case.BadData + " /var/log/app.log\"");
    }

    public void GoodG2BSink()
    {
        Process.Start("/bin/sh", "-c \"grep " + Case.GoodG2BData + " /var/log/app.log\"");
    }

}
