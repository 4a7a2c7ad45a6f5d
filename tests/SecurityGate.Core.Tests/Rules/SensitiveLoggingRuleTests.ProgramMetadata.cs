using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// Type names come from the program's declarations, and a constructor's interface is a dependency, not input.
public sealed class SensitiveLoggingProgramMetadataTests
{
    [Fact]
    public void Type_names_of_outside_objects_and_values_from_injected_dependencies_stay_silent()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            public interface IUserDirectory { Task<string?> GetUserNameAsync(string userId); }
            public sealed class EventLogger(ILogger<EventLogger> logger, IUserDirectory users)
            {
                public void Handle(object notification)
                {
                    logger.LogInformation("Event: {Event}", notification.GetType().Name);
                    logger.LogInformation("Event: {Event}", notification.GetType().FullName);
                }
                public async Task LogUserAsync(Guid userId)
                {
                    var name = await users.GetUserNameAsync(userId.ToString());
                    logger.LogInformation("Request by {UserName}", name);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void Outside_text_beside_type_names_and_data_given_to_a_dependency_is_reported()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            public interface IUserDirectory { Task<string?> GetUserNameAsync(string userId); }
            public sealed class EventLogger(ILogger<EventLogger> logger, IUserDirectory users, string source)
            {
                public void Handle(object notification, string text)
                {
                    logger.LogInformation("Event: {Event} {Text}", notification.GetType().Name, text);
                }
                public async Task LogUserAsync(string userId)
                {
                    var name = await users.GetUserNameAsync(userId);
                    logger.LogInformation("Request by {UserName} from {Source}", name, source);
                }
            }
            """;
        Assert.Equal(["SG2004@9:85", "SG2004@14:70", "SG2004@14:76"], RuleHarness.Ids("SG2004", source));
    }
}
