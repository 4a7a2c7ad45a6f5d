// expect: SG1001, SG1001
// CWE-89 via SG1001; shapes: a deconstruction carries the input into the SQL text, and SQL appended to CommandText with
// +=. The twins deconstruct and append constant text with parameters.
using System;
using System.Data.Common;

public sealed class Case
{
    public void BadDeconstructed()
    {
        var data = Console.ReadLine() ?? string.Empty;
        string sql;
        int limit;
        (sql, limit) = ("SELECT * FROM users WHERE name = '" + data + "'", 10);
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = sql + " LIMIT " + limit;
        command.ExecuteNonQuery();
    }

    public void BadAppended()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE 1 = 1";
        command.CommandText += " AND name = '" + data + "'";
        command.ExecuteNonQuery();
    }

    public void GoodDeconstructed()
    {
        var data = Console.ReadLine() ?? string.Empty;
        string sql;
        int limit;
        (sql, limit) = ("SELECT * FROM users WHERE name = @name", 10);
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = sql + " LIMIT " + limit;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = data;
        command.Parameters.Add(parameter);
        command.ExecuteNonQuery();
    }

    public void GoodAppended()
    {
        var data = Console.ReadLine() ?? string.Empty;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE 1 = 1";
        command.CommandText += " AND name = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = data;
        command.Parameters.Add(parameter);
        command.ExecuteNonQuery();
    }
}
