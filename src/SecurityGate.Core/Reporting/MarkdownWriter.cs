using System.Text;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Reporting;

/// <summary>
/// Writes a project's result as Markdown for a pull request comment or a CI job summary: the summary line, a table of
/// the findings that count, and, folded away, those suppressed in source or accepted in the baseline with their reasons.
/// </summary>
public static class MarkdownWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="result">The gate's result.</param>
    /// <param name="projectFile">The project; finding paths are shown relative to its folder.</param>
    public static void Write(string path, GateResult result, string projectFile)
    {
        File.WriteAllText(path, Render(result, projectFile), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The Markdown for <paramref name="result"/>.</summary>
    public static string Render(GateResult result, string projectFile)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(projectFile)) ?? ".";
        var text = new StringBuilder();
        text.Append("## SecurityGate: ").Append(Escape(Path.GetFileName(projectFile))).Append("\n\n");
        var summary = result.Messages.LastOrDefault(m => m.Code == RuleCatalogue.SummaryId)?.Text ?? string.Empty;
        // The heading names the project: the console's " [path]" after the summary would only repeat it.
        var label = summary.LastIndexOf(" [", StringComparison.Ordinal);
        text.Append(Escape(label > 0 && summary.EndsWith(']') ? summary[..label] : summary)).Append("\n\n");

        var problems = result.Messages.Where(m => m.Code != RuleCatalogue.SummaryId && RuleCatalogue.Find(m.Code) is null).ToList();
        foreach (var problem in problems)
        {
            text.Append("- **").Append(problem.Level == GateMessageLevel.Error ? "error" : "warning").Append(' ').Append(problem.Code).Append("** ")
                .Append(problem.Location is null ? string.Empty : $"`{Where(problem.Location, root)}` ").Append(Escape(problem.Text)).Append('\n');
        }

        if (problems.Count > 0)
        {
            text.Append('\n');
        }

        var counted = result.Findings.Where(f => f.Level is not (GateMessageLevel.Suppressed or GateMessageLevel.Baselined)).ToList();
        if (counted.Count > 0)
        {
            Table(text, counted, root, reasonColumn: false);
        }

        var accepted = result.Findings.Where(f => f.Level is GateMessageLevel.Suppressed or GateMessageLevel.Baselined).ToList();
        if (accepted.Count > 0)
        {
            text.Append("<details><summary>").Append(accepted.Count).Append(accepted.Count == 1 ? " finding" : " findings")
                .Append(" suppressed in source or accepted in the baseline</summary>\n\n");
            Table(text, accepted, root, reasonColumn: true);
            text.Append("</details>\n");
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<ReportedFinding> findings, string root, bool reasonColumn)
    {
        text.Append(reasonColumn ? "| Rule | Where | Finding | Origin | Why |\n|---|---|---|---|---|\n" : "| Level | Rule | Where | Finding | Origin |\n|---|---|---|---|---|\n");
        foreach (var (finding, level, _) in findings)
        {
            text.Append('|');
            if (!reasonColumn)
            {
                text.Append(' ').Append(level == GateMessageLevel.Error ? "error" : level == GateMessageLevel.Info ? "info" : "warning").Append(" |");
            }

            text.Append(" [").Append(finding.Rule.Id).Append("](").Append(finding.Rule.HelpLink).Append(") |")
                .Append(" `").Append(Where(finding.Location, root)).Append("` |")
                .Append(' ').Append(Escape(finding.Message)).Append(" |")
                .Append(' ').Append(Model.OriginNames.ToName(finding.Origin)).Append(" |");
            if (reasonColumn)
            {
                var why = level == GateMessageLevel.Baselined ? "in the baseline"
                    : finding.Suppression is { } suppression ? $"{suppression.Describe()}{(suppression.IsJustified ? ": " + suppression.Justification : string.Empty)}"
                    : string.Empty;
                text.Append(' ').Append(Escape(why)).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    private static string Where(Model.SourceSpan span, string root)
    {
        var file = Path.GetRelativePath(root, span.FilePath).Replace('\\', '/');
        return span.StartLine > 0 ? $"{file}:{span.StartLine}:{span.StartColumn}" : file;
    }

    // Table cells end at a pipe and at a line break, and markup in a message must show as text.
    private static string Escape(string text) => text
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
