using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Regex_pattern_from_console_and_environment_is_reported_at_the_pattern()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            static class Search
            {
                public static bool Matches(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            class Program
            {
                static void Main()
                {
                    var regex = new Regex(Console.ReadLine()!, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                    Search.Matches("fixed text", Environment.GetEnvironmentVariable("FILTER")!);
                }
            }
            """;
        Assert.Equal(["SG1005@5:84", "SG1005@11:31"], RuleHarness.Ids("SG1005", source));
    }

    [Fact]
    public void Regex_pattern_escaped_or_constant_stays_silent_even_on_external_input()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            static class Search
            {
                public static bool Matches(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            class Program
            {
                static void Main()
                {
                    var regex = new Regex(Regex.Escape(Console.ReadLine()!), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                    Search.Matches(Environment.GetEnvironmentVariable("TEXT")!, "^[a-z]+$");
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1005", source));
    }

    [Fact]
    public void Static_regex_on_console_input_without_timeout_is_reported_at_the_input()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            class Program
            {
                static void Main()
                {
                    var line = Console.ReadLine()!;
                    var a = Regex.IsMatch(line, "^(a+)+$");
                    var b = Regex.Match(line, @"^(\w+\s?)*$", RegexOptions.IgnoreCase);
                    var c = Regex.Replace(line, "(x+x+)+y", "-", RegexOptions.None, Regex.InfiniteMatchTimeout);
                }
            }
            """;
        Assert.Equal(["SG1006@8:31", "SG1006@9:29", "SG1006@10:31"], RuleHarness.Ids("SG1006", source));
    }

    [Fact]
    public void A_regex_instance_built_in_a_deconstruction_is_judged_by_that_construction()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            class Program
            {
                static void Main()
                {
                    Regex words;
                    int limit;
                    (words, limit) = (new Regex(@"^(\w+\s?)*$"), 10);
                    var line = Console.ReadLine()!;
                    var ok = words.IsMatch(line) && line.Length < limit;
                }
            }
            """;
        Assert.Equal(["SG1006@11:32"], RuleHarness.Ids("SG1006", source));
    }

    [Fact]
    public void A_regex_instance_built_with_a_timeout_in_a_deconstruction_stays_silent()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            class Program
            {
                static void Main()
                {
                    Regex words;
                    int limit;
                    (words, limit) = (new Regex(@"^(\w+\s?)*$", RegexOptions.None, TimeSpan.FromSeconds(1)), 10);
                    var line = Console.ReadLine()!;
                    var ok = words.IsMatch(line) && line.Length < limit;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1006", source));
    }

    [Fact]
    public void Static_regex_with_timeout_non_backtracking_or_constant_input_stays_silent()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            class Program
            {
                static void Main()
                {
                    var line = Console.ReadLine()!;
                    var a = Regex.IsMatch(line, "^(a+)+$", RegexOptions.None, TimeSpan.FromSeconds(1));
                    var b = Regex.Match(line, @"^(\w+\s?)*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
                    var c = Regex.Replace("xxxxy", "(x+x+)+y", "-");
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1006", source));
    }

    [Fact]
    public void Regex_field_without_timeout_used_on_main_args_from_another_file_is_reported()
    {
        const string validators = """
            using System.Text.RegularExpressions;
            static class Validators
            {
                private static readonly Regex Email = new(@"^([a-z0-9]+)*@example\.com$", RegexOptions.Compiled);
                public static bool IsEmail(string text) => Email.IsMatch(text);
            }
            """;
        const string program = """
            static class Program
            {
                static void Main(string[] args) => System.Console.WriteLine(Validators.IsEmail(args[0]));
            }
            """;
        Assert.Equal(["SG1006@5:62"], RuleHarness.Ids("SG1006", validators, program));
    }

    [Fact]
    public void Regex_field_with_timeout_used_on_main_args_from_another_file_stays_silent()
    {
        const string validators = """
            using System;
            using System.Text.RegularExpressions;
            static class Validators
            {
                private static readonly Regex Email = new(@"^([a-z0-9]+)*@example\.com$", RegexOptions.Compiled, TimeSpan.FromMilliseconds(250));
                private static readonly Regex Name;
                static Validators() => Name = new Regex("^(a|aa)+$", RegexOptions.NonBacktracking);
                public static bool IsEmail(string text) => Email.IsMatch(text);
                public static bool IsName(string text) => Name.IsMatch(text);
            }
            """;
        const string program = """
            static class Program
            {
                static void Main(string[] args) => System.Console.WriteLine(Validators.IsEmail(args[0]) && Validators.IsName(args[1]));
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1006", validators, program));
    }
}
