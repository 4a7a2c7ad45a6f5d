// expect: SG1001
// CWE-89 via SG1001; shape: collection. An environment variable travels inside a LinkedList.
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

    public void Bad()
    {
        var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;
        var items = new LinkedList<string>();
        items.AddLast(data);
        BadSink(items);
    }

    private void BadSink(LinkedList<string> items)
    {
        var data = items.Last!.Value;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + data + "'"; command.ExecuteNonQuery();
    }

    public void GoodG2B()
    {
        var items = new LinkedList<string>();
        items.AddLast("status");
        GoodG2BSink(items);
    }

    private void GoodG2BSink(LinkedList<string> items)
    {
        var data = items.Last!.Value;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + data + "'"; command.ExecuteNonQuery();
    }

}
