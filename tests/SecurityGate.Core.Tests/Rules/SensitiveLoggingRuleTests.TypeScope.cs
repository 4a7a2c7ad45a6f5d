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
}
