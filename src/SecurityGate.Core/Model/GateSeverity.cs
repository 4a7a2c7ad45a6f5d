namespace SecurityGate.Core.Model;

/// <summary>How a category or rule is reported.</summary>
public enum GateSeverity
{
    /// <summary>Switched off: the rule does not run.</summary>
    None,

    /// <summary>Reported as a message; never fails the build.</summary>
    Info,

    /// <summary>Reported as a warning; never fails the build by itself.</summary>
    Warning,

    /// <summary>Gates the build: more findings than the threshold fail it.</summary>
    Error,
}

/// <summary>Parsing and naming of <see cref="GateSeverity"/> values.</summary>
public static class GateSeverityNames
{
    /// <summary>The allowed values, for error messages.</summary>
    public const string AllowedList = "error, warning, info, none";

    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c>; the match is exact.</summary>
    public static bool TryParse(string text, out GateSeverity severity)
    {
        switch (text)
        {
            case "error": severity = GateSeverity.Error; return true;
            case "warning": severity = GateSeverity.Warning; return true;
            case "info": severity = GateSeverity.Info; return true;
            case "none": severity = GateSeverity.None; return true;
            default: severity = default; return false;
        }
    }

    /// <summary>The lower-case name of a severity.</summary>
    public static string ToName(GateSeverity severity) => severity switch
    {
        GateSeverity.Error => "error",
        GateSeverity.Warning => "warning",
        GateSeverity.Info => "info",
        _ => "none",
    };
}
