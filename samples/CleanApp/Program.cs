using System.Diagnostics;

namespace CleanApp;

public static class Program
{
    private const string Tool = "/usr/bin/tar";

    public static int Main(string[] args)
    {
        var name = Path.GetFileName(Console.ReadLine() ?? "backup");
        var info = new ProcessStartInfo(Tool) { UseShellExecute = false };
        info.ArgumentList.Add("-czf");
        info.ArgumentList.Add("backup.tgz");
        info.ArgumentList.Add("data");
        using var process = Process.Start(info);
        process?.WaitForExit();

        var path = Path.Combine("/var/reports", name);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine("No such report");
            return 1;
        }

        Console.WriteLine(File.ReadAllText(path));
        return 0;
    }
}
