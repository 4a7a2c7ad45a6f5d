// expect: SG1001
// CWE-89 via SG1001; shape: serialisation round trip. Console input is serialised to a MemoryStream and read back before reaching SQL.
using System;
using System.Data.Common;
using System.IO;
using System.Runtime.Serialization;

public sealed class Case
{
    public void Bad()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var serializer = new DataContractSerializer(typeof(string));
        using var stream = new MemoryStream();
        serializer.WriteObject(stream, name);
        stream.Position = 0;
        var copy = (string)serializer.ReadObject(stream)!;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE name = '" + copy + "'";
        command.ExecuteNonQuery();
    }

    public void GoodG2B()
    {
        var serializer = new DataContractSerializer(typeof(string));
        using var stream = new MemoryStream();
        serializer.WriteObject(stream, "admin");
        stream.Position = 0;
        var copy = (string)serializer.ReadObject(stream)!;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE name = '" + copy + "'";
        command.ExecuteNonQuery();
    }
}
