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
        Process.Start("/bin/sh", "-c \"grep " + data + " /var/log/app.log\"");
    }

    public void GoodG2BSink(string data)
    {
        Process.Start("/bin/sh", "-c \"grep " + data + " /var/log/app.log\"");
    }

    public void GoodB2GSink(string data)
    {
        var safe = (data switch { "error" => "error", _ => "warning" });
        Process.Start("/bin/sh", "-c \"grep " + safe + " /var/log/app.log\"");
    }

}
