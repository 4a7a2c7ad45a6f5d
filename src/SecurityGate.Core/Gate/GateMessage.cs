using SecurityGate.Core.Model;

namespace SecurityGate.Core.Gate;

/// <summary>How a message is logged.</summary>
public enum GateMessageLevel
{
    /// <summary>A high-importance message.</summary>
    Info,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error: the build fails.</summary>
    Error,

    /// <summary>A finding suppressed in source: a low-importance message, counted in the summary only.</summary>
    Suppressed,

    /// <summary>A finding the baseline accepted: a low-importance message, counted in the summary only.</summary>
    Baselined,
}

/// <summary>One line the gate logs: a finding, a configuration error or the summary.</summary>
/// <param name="Level">How it is logged.</param>
/// <param name="Code">The diagnostic code, for example <c>SG4001</c> or <c>SG0002</c>.</param>
/// <param name="Location">The place it refers to; null for project-level messages.</param>
/// <param name="Text">The message text.</param>
/// <param name="HelpLink">The rule page, for findings.</param>
public sealed record GateMessage(GateMessageLevel Level, string Code, SourceSpan? Location, string Text, string? HelpLink = null)
{
    /// <summary>An error about the gate's own inputs (policy, properties, files).</summary>
    public static GateMessage ConfigurationError(string code, SourceSpan? location, string text) =>
        new(GateMessageLevel.Error, code, location, text, Rules.RuleCatalogue.HelpLinkBase + code + ".md");

    /// <summary>The message in MSBuild's canonical format, as a console shows it.</summary>
    public override string ToString()
    {
        var level = Level switch { GateMessageLevel.Error => "error", GateMessageLevel.Warning => "warning", _ => "message" };
        var where = Location is null ? "SecurityGate" :
            Location.StartLine == 0 ? Location.FilePath :
            $"{Location.FilePath}({Location.StartLine},{Location.StartColumn},{Location.EndLine},{Location.EndColumn})";
        return $"{where}: {level} {Code}: {Text}";
    }
}
