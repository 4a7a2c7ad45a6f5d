using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// A single name bound at a type's body is shared with other types under the same namespaces and usings; a type that has
// a member of that name (its own, inherited, or a containing type's) must not take the shared answer, whichever type
// asked first.
public sealed class SensitiveLoggingRuleTestsSharedTypeScope
{
    private const string AppLog = """
        public static class AppLog
        {
            public static void LogInformation(string message) { }
        }
        """;

    [Fact]
    public void A_member_named_like_a_project_type_is_still_a_logger_after_another_type_bound_the_name()
    {
        const string source = """
            using Microsoft.Extensions.Logging;
            class Plain
            {
                public void SignIn(string password) => AppLog.LogInformation("Signed in with " + password);
            }
            class Field
            {
                private readonly ILogger AppLog = null!;
                public void SignIn(string password) => AppLog.LogInformation("Signed in with {Password}", password);
            }
            class Base
            {
                protected ILogger AppLog { get; } = null!;
            }
            class Derived : Base
            {
                public void SignIn(string password) => AppLog.LogInformation("Signed in with {Password}", password);
            }
            class Outer
            {
                private static ILogger AppLog = null!;
                class Inner
                {
                    public void SignIn(string password) => AppLog.LogInformation("Signed in with {Password}", password);
                }
            }
            class Plain2
            {
                public void SignIn(string password) => AppLog.LogInformation("Signed in with " + password);
            }
            """;
        Assert.Equal(["SG2001@9:95", "SG2001@17:95", "SG2001@24:99"], RuleHarness.Ids("SG2001", source, AppLog));
    }
}
