using System.Globalization;
using System.Text.Json;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>
/// Findings a team accepted when it adopted the gate on existing code (<c>SecurityGateBaselineFile</c>): matched by
/// rule and fingerprint (rule, enclosing member and normalised expression, never the line), so they stay matched when
/// code above them moves. A baselined finding leaves the counts; a new one, or one more of the same kind in the same
/// member than the baseline holds, counts as usual.
/// </summary>
public sealed class FindingBaseline
{
    private static readonly string[] TopLevelKeys = ["version", "findings"];
    private static readonly string[] EntryKeys = ["rule", "fingerprint", "count", "file", "message"];
    private readonly Dictionary<(string Rule, string Fingerprint), int> _accepted;

    private FindingBaseline(string path, Dictionary<(string Rule, string Fingerprint), int> accepted)
    {
        Path = path;
        _accepted = accepted;
    }

    /// <summary>The baseline file.</summary>
    public string Path { get; }

    /// <summary>Reads a baseline; problems go to <paramref name="errors"/> with the file, line and column, and yield null.</summary>
    public static FindingBaseline? Load(string path, List<GateMessage> errors)
    {
        if (JsonFile.Read(path, "baseline file", errors, "Create it with SecurityGateUpdateBaseline=true") is not { } root)
        {
            return null;
        }

        var before = errors.Count;
        var entries = new Dictionary<(string, string), int>();
        void Error(int line, int column, string message) =>
            errors.Add(GateMessage.ConfigurationError(RuleCatalogue.InvalidSettingId, new SourceSpan(path, line, column, line, column), message));

        if (root.Kind != JsonValueKind.Object)
        {
            Error(root.Line, root.Column, $"The baseline must be a JSON object, not {root.Describe()}");
            return null;
        }

        foreach (var (name, line, column, value) in root.Properties)
        {
            switch (name)
            {
                case "version" when value.Kind != JsonValueKind.Number || value.RawNumber != "1":
                    Error(value.Line, value.Column, $"version is {value.Describe()}; allowed values: 1");
                    break;
                case "version":
                    break;
                case "findings" when value.Kind != JsonValueKind.Array:
                    Error(value.Line, value.Column, $"'findings' must be an array, not {value.Describe()}");
                    break;
                case "findings":
                    foreach (var item in value.Items)
                    {
                        ReadEntry(item, entries, Error);
                    }

                    break;
                default:
                    Error(line, column, $"Unknown key '{name}'. Allowed keys: {string.Join(", ", TopLevelKeys)}");
                    break;
            }
        }

        return errors.Count > before ? null : new FindingBaseline(path, entries);
    }

    /// <summary>A baseline that accepts exactly <paramref name="findings"/>, written to <paramref name="path"/> (its folder must exist).</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static FindingBaseline Create(string path, IEnumerable<Finding> findings)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var groups = findings
            .GroupBy(f => (Rule: f.Rule.Id, f.Fingerprint))
            .Select(g => (g.Key, Count: g.Count(), First: g.First()))
            .Select(g => (g.Key, g.Count, File: System.IO.Path.GetRelativePath(folder, g.First.Location.FilePath).Replace('\\', '/'), g.First.Message))
            .OrderBy(g => g.File, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Fingerprint, StringComparer.Ordinal)
            .ToList();

        using (var stream = File.Create(path))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("findings");
            foreach (var (key, count, file, message) in groups)
            {
                json.WriteStartObject();
                json.WriteString("rule", key.Rule);
                json.WriteString("fingerprint", key.Fingerprint);
                json.WriteNumber("count", count);
                // For the reviewer of the file: matching uses only the rule and the fingerprint.
                json.WriteString("file", file);
                json.WriteString("message", message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new FindingBaseline(path, groups.ToDictionary(g => g.Key, g => g.Count));
    }

    /// <summary>A fresh match of this baseline against one analysis's findings.</summary>
    internal Match StartMatch() => new(new Dictionary<(string, string), int>(_accepted));

    /// <summary>One analysis's findings matched against the baseline, each accepted entry at most as often as its count.</summary>
    internal sealed class Match(Dictionary<(string Rule, string Fingerprint), int> remaining)
    {
        /// <summary>How many accepted findings no finding matched so far: fixed, or changed beyond recognition.</summary>
        public int Unmatched => remaining.Values.Sum();

        /// <summary>Whether <paramref name="finding"/> is one the baseline accepted and not yet matched.</summary>
        public bool Accepts(Finding finding)
        {
            var key = (finding.Rule.Id, finding.Fingerprint);
            if (!remaining.TryGetValue(key, out var left) || left == 0)
            {
                return false;
            }

            remaining[key] = left - 1;
            return true;
        }
    }

    private static void ReadEntry(JsonNode item, Dictionary<(string, string), int> entries, Action<int, int, string> error)
    {
        if (item.Kind != JsonValueKind.Object)
        {
            error(item.Line, item.Column, $"A baseline entry must be an object, not {item.Describe()}");
            return;
        }

        string? rule = null;
        string? fingerprint = null;
        var count = 1;
        foreach (var (name, line, column, value) in item.Properties)
        {
            switch (name)
            {
                case "rule" when value.Kind == JsonValueKind.String && RuleCatalogue.Find(value.String!) != null:
                    rule = value.String;
                    break;
                case "rule":
                    error(value.Line, value.Column, $"rule is {value.Describe()}; allowed values: {string.Join(", ", RuleCatalogue.All.Select(r => r.Id))}");
                    break;
                case "fingerprint" when value.Kind == JsonValueKind.String && value.String!.Length > 0:
                    fingerprint = value.String;
                    break;
                case "fingerprint":
                    error(value.Line, value.Column, $"fingerprint is {value.Describe()}; allowed values: the fingerprint a finding's SARIF result carries");
                    break;
                case "count" when value.Kind == JsonValueKind.Number && int.TryParse(value.RawNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0:
                    count = parsed;
                    break;
                case "count":
                    error(value.Line, value.Column, $"count is {value.Describe()}; allowed values: a whole number from 1 to {int.MaxValue}");
                    break;
                case "file" or "message" when value.Kind == JsonValueKind.String:
                    break;
                case "file" or "message":
                    error(value.Line, value.Column, $"{name} must be a string, not {value.Describe()}");
                    break;
                default:
                    error(line, column, $"Unknown key '{name}'. Allowed keys: {string.Join(", ", EntryKeys)}");
                    break;
            }
        }

        if (rule is null || fingerprint is null)
        {
            // A value that is there but wrong was reported above; a missing one is reported here.
            if (!item.Properties.Any(p => p.Name == "rule") || !item.Properties.Any(p => p.Name == "fingerprint"))
            {
                error(item.Line, item.Column, "A baseline entry needs both 'rule' and 'fingerprint'");
            }

            return;
        }

        entries[(rule, fingerprint)] = entries.GetValueOrDefault((rule, fingerprint)) + count;
    }
}
