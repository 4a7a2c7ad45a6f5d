using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// A call on a name that is a project type is skipped after binding the name at the type's body; a local, parameter or
// primary-constructor parameter of the same name hides the type inside the member, so the call must still be resolved.
public sealed class SensitiveLoggingRuleTestsTypeScope
{
    private const string AppLog = """
        public static class AppLog
        {
            public static void LogInformation(string message) { }
        }
        """;

    [Fact]
    public void A_logger_named_like_a_project_type_is_still_a_logger()
    {
        const string source = """
            using Microsoft.Extensions.Logging;
            class Primary(ILogger AppLog)
            {
                public void SignIn(string password) => AppLog.LogInformation("Signed in with {Password}", password);
            }
            class Local
            {
                public void SignIn(ILogger logger, string password)
                {
                    var AppLog = logger;
                    AppLog.LogInformation("Signed in with {Password}", password);
                }
            }
            class Parameter
            {
                public void SignIn(ILogger AppLog, string password) => AppLog.LogInformation("Signed in with {Password}", password);
            }
            """;
        Assert.Equal(["SG2001@4:95", "SG2001@11:60", "SG2001@16:111"], RuleHarness.Ids("SG2001", source, AppLog));
    }

    [Fact]
    public void A_call_on_the_project_type_itself_is_not_a_logger()
    {
        const string source = """
            class Service
            {
                public void SignIn(string password) => AppLog.LogInformation("Signed in with " + password);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2001", source, AppLog));
    }

    [Fact]
    public void Calls_on_project_types_by_alias_qualified_or_global_name_are_not_loggers_and_framework_ones_are()
    {
        const string source = """
            using Log = Shop.Logging.AppLog;
            namespace Shop.Logging
            {
                public static class AppLog
                {
                    public static void LogInformation(string message) { }
                }

                public static class Console
                {
                    public static void WriteLine(string message) { }
                }
            }

            namespace Shop
            {
                class Service
                {
                    public void Alias(string password) => Log.LogInformation("Signed in with " + password);
                    public void Qualified(string password) => Shop.Logging.AppLog.LogInformation("Signed in with " + password);
                    public void Global(string password) => global::Shop.Logging.AppLog.LogInformation("Signed in with " + password);
                    public void OwnConsole(string password) => Logging.Console.WriteLine("Signed in with " + password);
                    public void FrameworkConsole(string password) => System.Console.WriteLine("Signed in with " + password);
                    public void FrameworkTrace(string password) => System.Diagnostics.Trace.WriteLine("Signed in with " + password);
                }
            }
            """;
        Assert.Equal(["SG2001@23:103", "SG2001@24:111"], RuleHarness.Ids("SG2001", source));
    }
}
