// expect: SG4001
// CWE-78 via SG4001; shape: stream round trip. Console input is written through a StreamWriter into a MemoryStream and read back.
using System;
using System.Diagnostics;
using System.IO;

public sealed class Case
{
    public void Bad()
    {
        var input = Console.ReadLine() ?? string.Empty;
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(input);
        }

        stream.Position = 0;
        var copy = new StreamReader(stream).ReadToEnd();
        Process.Start("git", "log --author=" + copy);
    }

    public void GoodG2B()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write("alice");
        }

        stream.Position = 0;
        var copy = new StreamReader(stream).ReadToEnd();
        Process.Start("git", "log --author=" + copy);
    }
}
