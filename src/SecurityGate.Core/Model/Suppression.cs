namespace SecurityGate.Core.Model;

/// <summary>How a finding was suppressed in source.</summary>
public enum SuppressionKind
{
    /// <summary><c>#pragma warning disable SGnnnn</c> before it in the file.</summary>
    Pragma,

    /// <summary><c>[SuppressMessage(…, "SGnnnn", Justification = …)]</c> on a declaration around it.</summary>
    Attribute,
}

/// <summary>A suppression in source that covers a finding.</summary>
/// <param name="Kind">The pragma or the attribute.</param>
/// <param name="Line">The line of the pragma or the attribute.</param>
/// <param name="Justification">Why, as written: the pragma's trailing comment or the attribute's <c>Justification</c>; null when none.</param>
/// <param name="File">
/// The file of an assembly-level attribute (<c>GlobalSuppressions.cs</c>) that names the finding's member or type as
/// its target; null when the suppression is in the finding's own file.
/// </param>
public sealed record Suppression(SuppressionKind Kind, int Line, string? Justification, string? File = null)
{
    /// <summary>Whether a reason is written down.</summary>
    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);

    /// <summary>The suppression as a reader finds it in the file.</summary>
    public string Describe() => Kind == SuppressionKind.Pragma
        ? $"#pragma warning disable at line {Line}"
        : File is null ? $"[SuppressMessage] at line {Line}" : $"[assembly: SuppressMessage] in {Path.GetFileName(File)} at line {Line}";
}
