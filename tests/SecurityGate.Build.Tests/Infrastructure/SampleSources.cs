namespace SecurityGate.Build.Tests.Infrastructure;

/// <summary>Small programs the task tests analyse.</summary>
internal static class SampleSources
{
    /// <summary>A top-level program that feeds a shell with a line from the console (command-execution).</summary>
    public const string ShellFromConsole = """
        using System;
        using System.Diagnostics;

        Process.Start("/bin/sh", "-c " + Console.ReadLine());
        """;
}
