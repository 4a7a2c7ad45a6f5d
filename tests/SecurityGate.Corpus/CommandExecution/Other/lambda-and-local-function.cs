// expect: SG4003
// CWE-78 via SG4003; shape: lambda. Console input reaches a shell through a lambda stored in a variable; the twin passes a constant.
using System;
using System.Diagnostics;

public sealed class Case
{
    public void Bad()
    {
        Action<string> run = command => Process.Start("/bin/sh", "-c \"" + command + "\"");
        run(Console.ReadLine() ?? string.Empty);
    }

    public void GoodG2B()
    {
        GoodG2BRun("uptime");

        static void GoodG2BRun(string command) => Process.Start("/bin/sh", "-c \"" + command + "\"");
    }
}
