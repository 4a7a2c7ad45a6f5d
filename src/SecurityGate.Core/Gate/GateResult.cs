using System.Globalization;
using System.Text;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Gate;

/// <summary>What the gate logs for one project, in order, and whether the build fails.</summary>
/// <param name="Messages">Configuration errors, findings and the summary, in the order they are logged.</param>
/// <param name="Failed">Whether any message is an error.</param>
public sealed record GateResult(IReadOnlyList<GateMessage> Messages, bool Failed)
{
    // The replay file is read on every build, no-op builds included, so it is a plain line format read without a
    // serializer: System.Text.Json's first use costs more JIT time than the whole replay is allowed.
    private const string Header = "securitygate-result 1";

    /// <summary>
    /// The findings the policy reports, each with how it was logged (<see cref="GateMessageLevel.Suppressed"/> for one a
    /// suppression in source took out of the counts), in the order logged: for SARIF and baselines, not part of the
    /// replay file.
    /// </summary>
    public IReadOnlyList<ReportedFinding> Findings { get; init; } = [];

    /// <summary>Writes the result so a later no-op build can replay it.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder().Append(Header).Append('\n').Append(Failed ? "failed" : "passed").Append('\n');
        foreach (var m in Messages)
        {
            var at = m.Location;
            text.Append((int)m.Level).Append('\t').Append(LineEscaping.Escape(m.Code)).Append('\t')
                .Append(at is null ? "-" : "+").Append('\t').Append(LineEscaping.Escape(at?.FilePath ?? string.Empty)).Append('\t')
                .Append(at?.StartLine ?? 0).Append('\t').Append(at?.StartColumn ?? 0).Append('\t')
                .Append(at?.EndLine ?? 0).Append('\t').Append(at?.EndColumn ?? 0).Append('\t')
                .Append(LineEscaping.Escape(m.HelpLink ?? string.Empty)).Append('\t').Append(LineEscaping.Escape(m.Text)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Reads a result written by <see cref="Save"/>; null when the file is missing, unreadable or not in this format.</summary>
    public static GateResult? Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < 2 || lines[0] != Header || lines[1] is not ("failed" or "passed"))
        {
            return null;
        }

        var messages = new List<GateMessage>();
        foreach (var line in lines.Skip(2).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            if (f.Length != 10 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || !Enum.IsDefined(typeof(GateMessageLevel), level)
                || !TryNumbers(f, out var sl, out var sc, out var el, out var ec))
            {
                return null;
            }

            var location = f[2] == "+" ? new SourceSpan(LineEscaping.Unescape(f[3]), sl, sc, el, ec) : null;
            var helpLink = LineEscaping.Unescape(f[8]);
            messages.Add(new GateMessage((GateMessageLevel)level, LineEscaping.Unescape(f[1]), location, LineEscaping.Unescape(f[9]), helpLink.Length == 0 ? null : helpLink));
        }

        return new GateResult(messages, lines[1] == "failed");
    }

    private static bool TryNumbers(string[] f, out int sl, out int sc, out int el, out int ec)
    {
        sc = el = ec = 0;
        return int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out sl) && int.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out sc)
            && int.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out el) && int.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out ec);
    }
}

/// <summary>A finding as the policy reported it.</summary>
/// <param name="Finding">The finding; its <see cref="Finding.Suppression"/> is set only when the suppression counted.</param>
/// <param name="Level">How it was logged.</param>
/// <param name="Severity">The rule's severity in the policy: what a suppressed finding would have been.</param>
public sealed record ReportedFinding(Finding Finding, GateMessageLevel Level, GateSeverity Severity);
