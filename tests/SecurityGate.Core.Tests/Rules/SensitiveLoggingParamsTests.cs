using SecurityGate.Core.Tests.Infrastructure;
using SecurityGate.Core.Tests.Infrastructure.Stubs;

namespace SecurityGate.Core.Tests.Rules;

// The trailing arguments of a params method arrive as one implicit array (params T[]) or collection (C# 13
// params ReadOnlySpan<T>, as in NLog 6); when none are written, that implicit argument's syntax is the whole call,
// which must not be taken for a logged value. Each flaw is reported once, at the argument that carries it.
public sealed class SensitiveLoggingParamsTests
{
    [Fact]
    public void NLog_span_overloads_report_each_forged_line_once_at_its_argument()
    {
        const string bad = """
            using System;
            using NLog;
            public static class Parser
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();
                public static void Parse(string input)
                {
                    try { int.Parse(input); }
                    catch (FormatException ex) { Log.Log(LogLevel.Warn, ex, "Bad value = " + input); }
                    Log.Error((Exception?)null, "Value {Value}", input);
                    Log.Warn("Values {A} {B} {C} {D}", 1, input, 2, 3);
                    Log.Info("Value {Value}", [input]);
                    Log.Log(LogLevel.Info, "Value " + input);
                }
            }
            """;
        const string good = """
            using System;
            using NLog;
            public static class Parser
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();
                public static void Parse(string input)
                {
                    var clean = input.Replace("\r", "").Replace("\n", "");
                    try { int.Parse(input); }
                    catch (FormatException ex) { Log.Log(LogLevel.Warn, ex, "Bad value = " + clean); }
                    catch (OverflowException ex) { Log.Log(LogLevel.Warn, ex, "Value out of range"); }
                    Log.Error((Exception?)null, "Value {Value}", clean);
                    Log.Warn("Values {A} {B} {C} {D}", 1, clean, 2, 3);
                    Log.Info("Value {Value}", [clean]);
                    Log.Log(LogLevel.Info, "Value " + clean);
                }
            }
            """;
        // NLog is a package: its calls are library calls, whose results derive from their arguments, so the whole call
        // taken for a written value was external too and reported a second time.
        string[] nlog = [NLogStubs.Source, NLogSpanStubs.Source];
        Assert.Equal(["SG2004@9:65", "SG2004@10:54", "SG2004@11:47", "SG2004@12:35", "SG2004@13:32"], RuleHarness.IdsWithStubsAsPackage("SG2004", nlog, bad));
        Assert.Empty(RuleHarness.IdsWithStubsAsPackage("SG2004", nlog, good));
        Assert.Equal(["SG2004@9:65", "SG2004@10:54", "SG2004@11:47", "SG2004@12:35", "SG2004@13:32"], RuleHarness.Ids("SG2004", bad));
        Assert.Empty(RuleHarness.Ids("SG2004", good));
    }

    [Fact]
    public void NLog_span_overloads_report_a_secret_once_at_its_argument()
    {
        const string bad = """
            using System;
            using NLog;
            class Login
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();
                void SignIn(string user, string password, Exception? failure)
                {
                    Log.Log(LogLevel.Warn, failure, "Sign-in failed for " + user + " with " + password);
                    Log.Info("User {User} with {Password} {A} {B}", user, password, 1, 2);
                }
            }
            """;
        const string good = """
            using System;
            using NLog;
            class Login
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();
                void SignIn(string user, string password, Exception? failure)
                {
                    Log.Log(LogLevel.Warn, failure, "Sign-in failed for " + user);
                    Log.Info("User {User} with {Length} {A} {B}", user, password.Length, 1, 2);
                }
            }
            """;
        Assert.Equal(["SG2001@8:83", "SG2001@9:63"], RuleHarness.Ids("SG2001", bad));
        Assert.Empty(RuleHarness.Ids("SG2001", good));
    }

    [Fact]
    public void Params_arrays_of_microsoft_logging_and_serilog_report_each_forged_line_once()
    {
        const string bad = """
            using System;
            using Microsoft.Extensions.Logging;
            public class Importer
            {
                private readonly ILogger _logger = null!;
                public void Import(string input, Exception ex)
                {
                    _logger.LogError(ex, "Import failed for " + input);
                    _logger.LogWarning("Value {Value}", input);
                    _logger.LogWarning("Value {Value}", new object?[] { input });
                    Serilog.Log.Warning("Values {A} {B} {C} {D}", 1, 2, 3, input);
                    Serilog.Log.Warning("Value {Value}", new object?[] { input });
                }
            }
            """;
        const string good = """
            using System;
            using Microsoft.Extensions.Logging;
            public class Importer
            {
                private readonly ILogger _logger = null!;
                public void Import(string input, Exception ex)
                {
                    var clean = input.ReplaceLineEndings(" ");
                    _logger.LogError(ex, "Import failed for " + clean);
                    _logger.LogError(ex, "Import failed");
                    _logger.LogWarning("Value {Value}", clean);
                    _logger.LogWarning("Value {Value}", new object?[] { clean });
                    Serilog.Log.Warning("Values {A} {B} {C} {D}", 1, 2, 3, clean);
                    Serilog.Log.Warning("Value {Value}", new object?[] { clean });
                }
            }
            """;
        Assert.Equal(["SG2004@8:30", "SG2004@9:45", "SG2004@10:45", "SG2004@11:64", "SG2004@12:46"], RuleHarness.Ids("SG2004", bad));
        Assert.Empty(RuleHarness.Ids("SG2004", good));
    }

    [Fact]
    public void Console_span_overloads_report_exception_details_at_their_argument()
    {
        const string bad = """
            using System;
            class Job
            {
                static void Run(Action work, string name)
                {
                    try { work(); }
                    catch (InvalidOperationException ex)
                    {
                        Console.WriteLine("{0} {1} {2} {3}", name, DateTime.Now, 1, ex.ToString());
                        Console.Error.WriteLine("{0} {1} {2} {3}", name, DateTime.Now, 1, ex.StackTrace);
                        Console.WriteLine("{0} failed", [ex]);
                    }
                }
            }
            """;
        const string good = """
            using System;
            class Job
            {
                static void Run(Action work, string name)
                {
                    try { work(); }
                    catch (InvalidOperationException ex)
                    {
                        Console.WriteLine("{0} {1} {2} {3}", name, DateTime.Now, 1, ex.Message);
                        Console.Error.WriteLine("{0} {1} {2} {3}", name, DateTime.Now, 1, ex.GetType().Name);
                        Console.WriteLine("{0} failed", [ex.Message]);
                    }
                }
            }
            """;
        Assert.Equal(["SG2003@9:73", "SG2003@10:79", "SG2003@11:46"], RuleHarness.Ids("SG2003", bad));
        Assert.Empty(RuleHarness.Ids("SG2003", good));
    }
}
