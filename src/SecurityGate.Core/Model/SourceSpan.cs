namespace SecurityGate.Core.Model;

/// <summary>A place in a source file, one-based, as MSBuild's canonical format prints it.</summary>
/// <param name="FilePath">The file as the project names it.</param>
/// <param name="StartLine">First line, one-based.</param>
/// <param name="StartColumn">First column, one-based.</param>
/// <param name="EndLine">Last line, one-based.</param>
/// <param name="EndColumn">Column after the last character, one-based.</param>
public sealed record SourceSpan(string FilePath, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A span that names a file only (line and column zero), for file-level errors.</summary>
    public static SourceSpan FileOnly(string filePath) => new(filePath, 0, 0, 0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{FilePath}({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
