// part of the case declared in Case.cs

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.DirectoryServices;
using Microsoft.Security.Application;

public sealed class CaseSinks
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void BadSink(string data)
    {
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodG2BSink(string data)
    {
        new DirectorySearcher("(&(objectClass=user)(uid=" + data + "))").FindOne();
    }

    public void GoodB2GSink(string data)
    {
        var safe = Encoder.LdapFilterEncode(data);
        new DirectorySearcher("(&(objectClass=user)(uid=" + safe + "))").FindOne();
    }

}
