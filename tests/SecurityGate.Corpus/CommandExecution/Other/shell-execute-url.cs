// expect: SG4004, SG4002, SG4004, SG4002
// CWE-78 via SG4004; shape: shell-opened target. UseShellExecute opens whatever the value names with its associated
// program (a URL, a document, an executable); a fixed target or one pinned by an equality check is safe.
using System;
using System.Diagnostics;

public sealed class Case
{
    public void BadConstructorTarget()
    {
        var url = Environment.GetEnvironmentVariable("HELP_URL") ?? string.Empty;
        Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
    }

    public void BadLocalTarget()
    {
        var document = Console.ReadLine() ?? string.Empty;
        var info = new ProcessStartInfo();
        info.FileName = document;
        info.UseShellExecute = true;
        Process.Start(info);
    }

    public void GoodFixedTarget()
    {
        Process.Start(new ProcessStartInfo("https://example.org/help") { UseShellExecute = true });
    }

    public void GoodPinnedTarget()
    {
        var url = Environment.GetEnvironmentVariable("HELP_URL") ?? string.Empty;
        if (url == "https://example.org/help")
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
        }
    }
}
