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
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + Case.BadData + "'"; command.ExecuteNonQuery();
    }

    public void GoodG2BSink()
    {
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = '" + Case.GoodG2BData + "'"; command.ExecuteNonQuery();
    }

}
