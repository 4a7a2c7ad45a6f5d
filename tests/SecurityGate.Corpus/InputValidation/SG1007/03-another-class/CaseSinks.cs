// part of the case declared in Case.cs

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public sealed class CaseSinks
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void BadSink(string data)
    {
        var redirect = new RedirectResult(data);
    }

    public void GoodG2BSink(string data)
    {
        var redirect = new RedirectResult(data);
    }

    public void GoodB2GSink(string data)
    {
        var safe = (data switch { "status" => "/status", _ => "/" });
        var redirect = new RedirectResult(safe);
    }

}
