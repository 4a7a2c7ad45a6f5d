using Microsoft.Build.Framework;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Rules;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// Logs a stored gate result: findings in MSBuild's canonical format with their help links, then the summary.
/// Runs on every build, so a no-op build that skipped the analysis reports, and fails, exactly like the last one.
/// </summary>
public sealed class SecurityGateReport : Microsoft.Build.Utilities.Task
{
    /// <summary>The stored result.</summary>
    [Required] public string ResultFile { get; set; } = string.Empty;

    /// <summary>The project file, named when the result cannot be read.</summary>
    [Required] public string ProjectFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var result = GateResult.Load(ResultFile);
        if (result is null)
        {
            Log.LogError(null, RuleCatalogue.InternalErrorId, null, null, ProjectFile, 0, 0, 0, 0,
                $"SecurityGate's stored result '{ResultFile}' cannot be read; rebuild to analyse again");
            return false;
        }

        foreach (var message in result.Messages)
        {
            var location = message.Location;
            var (file, line, column, endLine, endColumn) = location is null
                ? (ProjectFile, 0, 0, 0, 0)
                : (location.FilePath, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn);
            if (endLine == line && endColumn == column)
            {
                // A point (a JSON syntax error, an unknown key) prints as file(line,col) like compiler errors, not file(4,5,4,5).
                (endLine, endColumn) = (0, 0);
            }

            switch (message.Level)
            {
                case GateMessageLevel.Error:
                    Log.LogError(null, message.Code, null, message.HelpLink, file, line, column, endLine, endColumn, message.Text);
                    break;
                case GateMessageLevel.Warning:
                    Log.LogWarning(null, message.Code, null, message.HelpLink, file, line, column, endLine, endColumn, message.Text);
                    break;
                case GateMessageLevel.Suppressed or GateMessageLevel.Baselined:
                    // Kept out of the console at normal verbosity; a detailed log shows what was suppressed and why.
                    Log.LogMessage(null, message.Code, null, file, line, column, endLine, endColumn, MessageImportance.Low, message.Text);
                    break;
                case GateMessageLevel.Info when location is null:
                    Log.LogMessage(MessageImportance.High, message.Text);
                    break;
                default:
                    Log.LogMessage(null, message.Code, null, file, line, column, endLine, endColumn, MessageImportance.High, message.Text);
                    break;
            }
        }

        return !Log.HasLoggedErrors;
    }
}
