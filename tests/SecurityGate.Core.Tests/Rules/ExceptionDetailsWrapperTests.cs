using SecurityGate.Core.Analysis;
using SecurityGate.Core.Rules;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// SG2003 through the project's own output helpers: a method whose parameter reaches the console or an HTTP response
// makes its calls sinks, and the exception detail is reported where it is passed.
public sealed class ExceptionDetailsWrapperTests
{
    [Fact]
    public void Exception_text_passed_to_a_console_wrapper_is_reported_at_the_call()
    {
        const string bad = """
            using System;
            public static class Out
            {
                public static void Line(string text) { Console.WriteLine(text); }
                public static void Show(object value) => Console.Error.WriteLine("Error: " + value);
            }
            public static class Job
            {
                public static void Run(Action work)
                {
                    try { work(); }
                    catch (InvalidOperationException ex) { Out.Line(ex.ToString()); }
                    catch (ArgumentException ex) { Out.Line("Failed: " + ex.StackTrace); }
                    catch (Exception ex) { Out.Show(ex); }
                }
            }
            """;
        const string good = """
            using System;
            public static class Out
            {
                public static void Line(string text) { Console.WriteLine(text); }
                public static void Show(object value) => Console.Error.WriteLine("Error: " + value);
            }
            public static class Job
            {
                public static void Run(Action work)
                {
                    try { work(); }
                    catch (InvalidOperationException ex) { Out.Line(ex.Message); }
                    catch (ArgumentException) { Out.Line("Failed"); }
                    catch (Exception ex) { Out.Show(ex.GetType().Name); }
                }
            }
            """;
        Assert.Equal(["SG2003@12:57", "SG2003@13:62", "SG2003@14:41"], RuleHarness.Ids("SG2003", bad));
        Assert.Empty(RuleHarness.Ids("SG2003", good));
    }

    [Fact]
    public void Wrappers_of_wrappers_locals_and_http_responses_are_followed()
    {
        const string bad = """
            using System;
            using Microsoft.AspNetCore.Mvc;
            static class Console2
            {
                public static void Print(string line) => Console.WriteLine(line);
                public static void Stamp(string message)
                {
                    var line = $"[{DateTime.UtcNow:O}] {message}";
                    Print(line);
                }
                public static void Fail(string what, string detail) => Stamp(what + ": " + detail);
            }
            public class OrdersController : ControllerBase
            {
                public IActionResult Get(int id)
                {
                    try { return Ok(id); }
                    catch (Exception ex)
                    {
                        Console2.Fail("Order " + id, ex.ToString());
                        return Error(ex.StackTrace);
                    }
                }
                private IActionResult Error(string? detail) => Content("Failed: " + detail);
            }
            """;
        const string good = """
            using System;
            using Microsoft.AspNetCore.Mvc;
            static class Console2
            {
                public static void Print(string line) => Console.WriteLine(line);
                public static void Stamp(string message)
                {
                    var line = $"[{DateTime.UtcNow:O}] {message}";
                    Print(line);
                }
                public static void Fail(string what, string detail) => Stamp(what + ": " + detail);
            }
            public class OrdersController : ControllerBase
            {
                public IActionResult Get(int id)
                {
                    try { return Ok(id); }
                    catch (Exception ex)
                    {
                        Console2.Fail("Order " + id, ex.Message);
                        return Error(ex.GetType().Name);
                    }
                }
                private IActionResult Error(string? detail) => Content("Failed: " + detail);
            }
            """;
        Assert.Equal(["SG2003@20:42", "SG2003@21:26"], RuleHarness.Ids("SG2003", bad));
        Assert.Empty(RuleHarness.Ids("SG2003", good));
    }

    [Fact]
    public void Wrappers_that_write_to_a_file_or_a_log_or_clean_the_text_stay_silent()
    {
        const string source = """
            using System;
            using System.IO;
            using Microsoft.Extensions.Logging;
            public class Reporter
            {
                private readonly ILogger<Reporter> _logger = null!;
                public void ToFile(string text) => File.AppendAllText("errors.log", text);
                public void ToLog(string text) => _logger.LogError(text);
                public void Trace(string text) => System.Diagnostics.Trace.WriteLine(text);
                public void FirstLine(string text)
                {
                    text = text.Split('\n')[0];
                    Console.WriteLine(text);
                }
                public void Run(Action work)
                {
                    try { work(); }
                    catch (Exception ex)
                    {
                        ToFile(ex.ToString());
                        ToLog(ex.ToString());
                        Trace(ex.StackTrace ?? "");
                        FirstLine(ex.ToString());
                    }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void A_wrapper_with_two_console_writes_gives_one_finding_per_call_and_a_dead_call_none()
    {
        const string source = """
            using System;
            static class Out
            {
                private const bool Verbose = false;
                public static void Both(string text)
                {
                    Console.WriteLine(text);
                    Console.Error.WriteLine(text);
                }
                public static void Run(Action work)
                {
                    try { work(); }
                    catch (Exception ex)
                    {
                        Both(ex.ToString());
                        if (Verbose) { Both(ex.StackTrace ?? ""); }
                    }
                }
            }
            """;
        Assert.Equal(["SG2003@15:18"], RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void A_call_in_another_file_is_reported_there_unless_that_file_is_not_analysed()
    {
        const string wrapper = """
            static class Out
            {
                public static void Line(string text) => System.Console.WriteLine(text);
            }
            """;
        const string caller = """
            using System;
            static class Job
            {
                static void Run(Action work)
                {
                    try { work(); }
                    catch (Exception ex) { Out.Line(ex.ToString()); }
                }
            }
            """;
        var compilation = RuleHarness.Compile(wrapper, caller);
        var files = compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith("File", StringComparison.Ordinal)).ToArray();
        string[] Findings(params Microsoft.CodeAnalysis.SyntaxTree[] analysed) => new AnalysisEngine(RuleRegistry.All).Analyze(compilation, analysed)
            .Where(f => f.Rule.Id == "SG2003").Select(f => $"{f.Location.FilePath}@{f.Location.StartLine}:{f.Location.StartColumn}").ToArray();

        Assert.Equal(["File1.cs@7:41"], Findings(files));
        Assert.Empty(Findings(files[0]));
    }
}
