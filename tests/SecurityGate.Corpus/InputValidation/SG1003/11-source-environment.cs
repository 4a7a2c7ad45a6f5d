// expect: SG1003
// CWE-90 via SG1003; shape: source-environment. An environment variable reaches the sink in the same method.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.DirectoryServices;
using Microsoft.Security.Application;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodG2B()
    {
        var data = "status";
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodB2G()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var safe = Encoder.LdapFilterEncode(data);
        new DirectorySearcher("(&(objectClass=user)(uid=" + safe + "))").FindOne();
    }

}
