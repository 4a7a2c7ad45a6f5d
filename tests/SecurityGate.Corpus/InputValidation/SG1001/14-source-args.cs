// expect: SG1001
// CWE-89 via SG1001; shape: source-args. A command-line argument of Main reaches the sink in the same method.
// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;

public sealed class Case
{
    private static readonly HashSet<string> Allowed = new() { "status", "log", "error", "git" };

    public void Bad(string[] args)
    {
        var data = args.Length > 0 ? args[0] : string.Empty;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + data + "'"; command.ExecuteNonQuery();
    }

    public void GoodG2B()
    {
        var data = "status";
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + data + "'"; command.ExecuteNonQuery();
    }

    public void GoodB2G(string[] args)
    {
        var data = args.Length > 0 ? args[0] : string.Empty;
        var safe = int.Parse(data).ToString();
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + safe + "'"; command.ExecuteNonQuery();
    }

    public static void Main(string[] args)
    {
        var program = new Case();
        program.Bad(args);
        program.GoodG2B();
        program.GoodB2G(args);
    }

}
