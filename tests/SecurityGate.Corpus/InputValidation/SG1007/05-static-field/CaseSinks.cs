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

    public void BadSink()
    {
        var redirect = new RedirectResult(Case.BadData);
    }

    public void GoodG2BSink()
    {
        var redirect = new RedirectResult(Case.GoodG2BData);
    }

}
