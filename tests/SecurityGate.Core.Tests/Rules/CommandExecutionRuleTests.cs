using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed class CommandExecutionRuleTests
{
    [Fact]
    public void Arguments_from_console_are_reported_at_the_argument()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine();
                    Process.Start("tar", "-czf out.tgz " + name);
                }
            }
            """;
        Assert.Equal(["SG4001@8:30"], RuleHarness.Ids("SG4", source));
    }

    // The index walks a tree by recursion down to a depth, and below it without: a call under a chain of 400 additions
    // (each one level deeper) is found below that depth, and its constant twin stays silent there too.
    [Fact]
    public void A_program_from_the_console_deep_in_an_expression_is_reported() =>
        Assert.Equal(["SG4002@7:32"], RuleHarness.Ids("SG4", DeepInAnExpression("Process.Start(Console.ReadLine()!)")));

    [Fact]
    public void A_constant_program_deep_in_an_expression_stays_silent() =>
        Assert.Empty(RuleHarness.Ids("SG4", DeepInAnExpression("Process.Start(\"git\")")));

    private static string DeepInAnExpression(string start) => $$"""
        using System;
        using System.Diagnostics;
        class Program
        {
            static void Main()
            {
                var id = {{start}}.Id{{string.Concat(Enumerable.Repeat(" + 1", 400))}};
                Console.WriteLine(id);
            }
        }
        """;

    [Fact]
    public void Constant_arguments_stay_silent()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Program
            {
                const string Archive = "out.tgz";
                static void Main()
                {
                    Process.Start("tar", "-czf " + Archive + " data");
                    var info = new ProcessStartInfo("git") { UseShellExecute = false };
                    info.ArgumentList.Add("status");
                    Process.Start(info);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG4", source));
    }

    [Fact]
    public void A_start_info_created_under_a_using_alias_from_another_file_is_reported()
    {
        const string usings = """
            global using Launch = System.Diagnostics.ProcessStartInfo;
            """;
        const string source = """
            using System;
            using System.Diagnostics;
            class Program
            {
                static void Main()
                {
                    var tool = Console.ReadLine()!;
                    Process.Start(new Launch(tool, "--version"));
                    Process.Start(new Launch("git", "status"));
                }
            }
            """;
        Assert.Equal(["SG4002@8:34"], RuleHarness.Ids("SG4", usings, source));
    }

    [Fact]
    public void Program_from_environment_is_reported()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Program
            {
                static void Main()
                {
                    var tool = Environment.GetEnvironmentVariable("TOOL");
                    var info = new ProcessStartInfo { FileName = tool, Arguments = "--version" };
                    Process.Start(info);
                }
            }
            """;
        Assert.Equal(["SG4002@8:54"], RuleHarness.Ids("SG4", source));
    }

    [Fact]
    public void Shell_fed_with_data_across_methods_and_files_is_reported_once_as_shell()
    {
        const string runner = """
            using System.Diagnostics;
            static class Runner
            {
                public static void Run(string command) => Process.Start("/bin/sh", "-c \"" + command + "\"");
            }
            """;
        const string program = """
            using System;
            class Program
            {
                static void Main(string[] args) => Runner.Run(args[0]);
            }
            """;
        Assert.Equal(["SG4003@4:72"], RuleHarness.Ids("SG4", runner, program));
    }

    [Fact]
    public void Shell_with_constant_command_stays_silent()
    {
        const string runner = """
            using System.Diagnostics;
            static class Runner
            {
                static void Run(string command) => Process.Start("/bin/sh", "-c \"" + command + "\"");
                static void Main() => Run("ls -l");
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG4", runner));
    }

    [Fact]
    public void Dead_branch_with_constant_condition_stays_silent()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            class Program
            {
                private static readonly bool Enabled = false;
                static void Main()
                {
                    var data = "safe";
                    if (Enabled)
                    {
                        data = Console.ReadLine();
                    }
                    Process.Start("echo", data);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG4", source));
    }

    [Fact]
    public void A_command_read_from_a_deserialised_request_is_reported() =>
        Assert.Equal(["SG4002@10:23", "SG4001@10:33"], RuleHarness.Ids("SG4", DeserialisedJob("Console.ReadLine()!")));

    [Fact]
    public void A_command_read_from_a_deserialised_constant_stays_silent() =>
        Assert.Empty(RuleHarness.Ids("SG4", DeserialisedJob("""
            "{\"Tool\":\"tar\",\"Arguments\":\"--version\"}"
            """)));

    // A job deserialised from the given JSON expression, whose tool and arguments start a process.
    private static string DeserialisedJob(string json) => $$"""
        using System;
        using System.Diagnostics;
        using System.Text.Json;
        public sealed record Job(string Tool, string Arguments);
        class Program
        {
            static void Main()
            {
                var job = JsonSerializer.Deserialize<Job>({{json}})!;
                Process.Start(job.Tool, job.Arguments);
            }
        }
        """;

    [Fact]
    public void Arguments_read_back_hold_what_was_assigned_not_what_else_built_the_start_info()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            public class Tool
            {
                public void Log(string workDir)
                {
                    var since = Console.ReadLine();
                    var info = new ProcessStartInfo("git", "log --since=" + since) { WorkingDirectory = workDir };
                    info.Arguments = info.Arguments + " --oneline";
                    Process.Start(info);
                }
            }
            """;
        var findings = RuleHarness.Analyze(source).Where(f => f.Rule.Id == "SG4001").ToList();
        Assert.Equal(["SG4001@8:48", "SG4001@9:26"], findings.Select(f => $"{f.Rule.Id}@{f.Location.StartLine}:{f.Location.StartColumn}"));
        Assert.All(findings, f => Assert.Contains("Console.ReadLine()", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Constant_arguments_read_back_stay_silent_whatever_else_built_the_start_info()
    {
        const string source = """
            using System.Diagnostics;
            public class Tool
            {
                public void Status(string workDir)
                {
                    var info = new ProcessStartInfo("git", "status") { WorkingDirectory = workDir };
                    info.Arguments = info.Arguments + " --short";
                    Process.Start(info);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG4", source));
    }
}
