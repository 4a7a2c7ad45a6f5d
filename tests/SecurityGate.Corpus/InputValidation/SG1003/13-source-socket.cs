// expect: SG1003
// CWE-90 via SG1003; shape: source-socket. A line read from a TcpClient stream reaches the sink in the same method.
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
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodG2B()
    {
        var data = "status";
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        var data = reader.ReadLine() ?? string.Empty;
        var safe = Encoder.LdapFilterEncode(data);
        new DirectorySearcher("(&(objectClass=user)(uid=" + safe + "))").FindOne();
    }

}
