using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>SG4004: UseShellExecute with a target that is not constant.</summary>
public sealed class CommandExecutionShellExecuteRuleTests
{
    [Fact]
    public void Shell_execute_of_a_target_from_data_is_reported()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Opener
            {
                static void Main(string[] args)
                {
                    Process.Start(new ProcessStartInfo { FileName = args[0], UseShellExecute = true });
                    var info = new ProcessStartInfo();
                    info.FileName = Console.ReadLine();
                    info.UseShellExecute = true;
                    Process.Start(info);
                }
            }
            """;
        Assert.Equal(["SG4004@7:66", "SG4004@10:9"], RuleHarness.Ids("SG4004", source));
    }

    [Fact]
    public void Shell_execute_of_a_constant_target_or_no_shell_stays_silent()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Opener
            {
                const string Manual = "https://example.com/manual";
                static void Main(string[] args)
                {
                    Process.Start(new ProcessStartInfo { FileName = Manual, UseShellExecute = true });
                    var info = new ProcessStartInfo("notes.txt");
                    info.UseShellExecute = true;
                    Process.Start(info);
                    Process.Start(new ProcessStartInfo { FileName = args[0], UseShellExecute = false });
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG4004", source));
    }
}
