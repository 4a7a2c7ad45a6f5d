namespace SecurityGate.Core.Model;

/// <summary>
/// Where the data that reaches a sink came from, ordered from safest to least trusted.
/// A policy can gate a category on a minimum origin.
/// </summary>
public enum Origin
{
    /// <summary>A compile-time constant or literal.</summary>
    Constant,

    /// <summary>Read from configuration: <c>IConfiguration</c>, options, app settings.</summary>
    Configuration,

    /// <summary>Computed inside the program, or external data that passed a sanitiser.</summary>
    Internal,

    /// <summary>User or environment input: arguments, console, environment, files, network, HTTP, databases.</summary>
    External,

    /// <summary>The analysis could not tell.</summary>
    Unknown,
}

/// <summary>Parsing and naming of <see cref="Origin"/> values.</summary>
public static class OriginNames
{
    /// <summary>The allowed values, for error messages.</summary>
    public const string AllowedList = "constant, configuration, internal, external, unknown";

    /// <summary>The lower-case name of an origin.</summary>
    public static string ToName(Origin origin) => origin switch
    {
        Origin.Constant => "constant",
        Origin.Configuration => "configuration",
        Origin.Internal => "internal",
        Origin.External => "external",
        _ => "unknown",
    };

    /// <summary>Parses a lower-case origin name; the match is exact.</summary>
    public static bool TryParse(string text, out Origin origin)
    {
        foreach (Origin candidate in Enum.GetValues(typeof(Origin)))
        {
            if (ToName(candidate) == text)
            {
                origin = candidate;
                return true;
            }
        }

        origin = default;
        return false;
    }
}
