using System.Diagnostics;

namespace VulnerableApp;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Write("Archive name: ");
        var name = Console.ReadLine() ?? "backup";
        var archiver = new Archiver(Environment.GetEnvironmentVariable("ARCHIVE_ROOT") ?? "/tmp");
        archiver.Archive(name);

        var report = new ReportStore();
        Console.WriteLine(report.Load(args.Length > 0 ? args[0] : "latest"));
        return 0;
    }
}

public sealed class Archiver(string root)
{
    public void Archive(string name)
    {
        // The name is typed by the user: "x; rm -rf ~" runs a second command.
        Process.Start("/bin/sh", "-c \"tar -czf " + root + "/" + name + ".tgz data\"");
    }
}
