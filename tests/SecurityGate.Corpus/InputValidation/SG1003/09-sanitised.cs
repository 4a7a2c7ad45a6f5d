// expect: SG1003
// CWE-90 via SG1003; shape: sanitised. Console input is used raw in Bad and passes a sanitiser (Encoder.LdapFilterEncode) in the Good twins.
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
        var data = Console.ReadLine() ?? string.Empty;
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodB2G1()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var safe = Encoder.LdapFilterEncode(data);
        new DirectorySearcher("(&(objectClass=user)(uid=" + safe + "))").FindOne();
    }

    public void GoodB2G2()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var mode = Enum.Parse<Mode>(data); var safe = mode == Mode.Status ? "alice" : "bob";
        new DirectorySearcher("(&(objectClass=user)(uid=" + safe + "))").FindOne();
    }

}

public enum Mode
{
    Status,
    Log,
}
