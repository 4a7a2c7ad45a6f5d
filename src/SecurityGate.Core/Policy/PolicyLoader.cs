using System.Globalization;
using System.Text.Json;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>The raw values the policy file sets, before csproj properties are applied.</summary>
internal sealed class PolicyFileSettings
{
    public Dictionary<Category, GateSeverity> Severities { get; } = [];

    public Dictionary<Category, int> Thresholds { get; } = [];

    public Dictionary<Category, Origin> MinimumOrigins { get; } = [];

    public Dictionary<string, GateSeverity> RuleSeverities { get; } = new(StringComparer.Ordinal);

    public List<string> Exclude { get; } = [];

    public bool? AnalyzeGeneratedCode { get; set; }

    public bool? RequireJustification { get; set; }
}

/// <summary>
/// Reads <c>securitygate.json</c>. Comments and trailing commas are allowed; every unknown key, category,
/// rule or value is an error that names the file, line and column and lists what is allowed.
/// </summary>
public static class PolicyLoader
{
    /// <summary>The file name searched for, walking up from the project folder.</summary>
    public const string FileName = "securitygate.json";

    private static readonly string[] TopLevelKeys = ["$schema", "categories", "rules", "exclude", "analyzeGeneratedCode", "requireJustification"];
    private static readonly string[] CategoryKeys = ["severity", "threshold", "minimumOrigin"];
    private static readonly string[] RuleKeys = ["severity"];

    /// <summary>The nearest <c>securitygate.json</c> in <paramref name="projectDirectory"/> or a parent folder, or null.</summary>
    public static string? Discover(string projectDirectory)
    {
        for (var directory = new DirectoryInfo(projectDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static PolicyFileSettings? Load(string path, List<GateMessage> errors)
    {
        if (JsonFile.Read(path, "policy file", errors) is not { } root)
        {
            return null;
        }

        var settings = new PolicyFileSettings();
        var reader = new Reader(path, errors);
        if (root.Kind != JsonValueKind.Object)
        {
            reader.Error(root, $"The policy must be a JSON object, not {root.Describe()}");
            return settings;
        }

        foreach (var (name, line, column, value) in root.Properties)
        {
            switch (name)
            {
                case "$schema":
                    reader.ExpectString(value, "$schema");
                    break;
                case "categories":
                    ReadCategories(value, settings, reader);
                    break;
                case "rules":
                    ReadRules(value, settings, reader);
                    break;
                case "exclude":
                    if (value.Kind != JsonValueKind.Array)
                    {
                        reader.Error(value, $"'exclude' must be an array of glob strings, not {value.Describe()}");
                        break;
                    }

                    foreach (var item in value.Items)
                    {
                        if (reader.ExpectString(item, "an 'exclude' entry") is { } glob)
                        {
                            settings.Exclude.Add(glob);
                        }
                    }

                    break;
                case "analyzeGeneratedCode":
                    settings.AnalyzeGeneratedCode = reader.ExpectBoolean(value, "analyzeGeneratedCode");
                    break;
                case "requireJustification":
                    settings.RequireJustification = reader.ExpectBoolean(value, "requireJustification");
                    break;
                default:
                    reader.Error(line, column, $"Unknown key '{name}'. Allowed keys: {string.Join(", ", TopLevelKeys)}");
                    break;
            }
        }

        return settings;
    }

    private static void ReadCategories(JsonNode value, PolicyFileSettings settings, Reader reader)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            reader.Error(value, $"'categories' must be an object keyed by category name, not {value.Describe()}");
            return;
        }

        foreach (var (name, line, column, entry) in value.Properties)
        {
            if (!CategoryNames.TryParse(name, out var category))
            {
                reader.Error(line, column, $"Unknown category '{name}'. Allowed categories: {CategoryNames.AllowedList}");
                continue;
            }

            if (entry.Kind != JsonValueKind.Object)
            {
                reader.Error(entry, $"Category '{name}' must be an object with {string.Join(", ", CategoryKeys)}, not {entry.Describe()}");
                continue;
            }

            foreach (var (key, keyLine, keyColumn, setting) in entry.Properties)
            {
                switch (key)
                {
                    case "severity":
                        if (reader.ExpectSeverity(setting, $"categories.{name}.severity") is { } severity)
                        {
                            settings.Severities[category] = severity;
                        }

                        break;
                    case "threshold":
                        if (reader.ExpectThreshold(setting, $"categories.{name}.threshold") is { } threshold)
                        {
                            settings.Thresholds[category] = threshold;
                        }

                        break;
                    case "minimumOrigin":
                        if (reader.ExpectOrigin(setting, $"categories.{name}.minimumOrigin") is { } origin)
                        {
                            settings.MinimumOrigins[category] = origin;
                        }

                        break;
                    default:
                        reader.Error(keyLine, keyColumn, $"Unknown key '{key}' in category '{name}'. Allowed keys: {string.Join(", ", CategoryKeys)}");
                        break;
                }
            }
        }
    }

    private static void ReadRules(JsonNode value, PolicyFileSettings settings, Reader reader)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            reader.Error(value, $"'rules' must be an object keyed by rule ID, not {value.Describe()}");
            return;
        }

        foreach (var (id, line, column, entry) in value.Properties)
        {
            if (RuleCatalogue.Find(id) is null)
            {
                reader.Error(line, column, $"Unknown rule '{id}'. Rule IDs are SG1001-SG5013 as listed in the README (for example {string.Join(", ", RuleCatalogue.All.Take(3).Select(r => r.Id))})");
                continue;
            }

            // A rule entry is either a severity string or an object with a severity.
            if (entry.Kind == JsonValueKind.String)
            {
                if (reader.ExpectSeverity(entry, $"rules.{id}") is { } shortSeverity)
                {
                    settings.RuleSeverities[id] = shortSeverity;
                }

                continue;
            }

            if (entry.Kind != JsonValueKind.Object)
            {
                reader.Error(entry, $"Rule '{id}' must be a severity string or an object with 'severity', not {entry.Describe()}");
                continue;
            }

            foreach (var (key, keyLine, keyColumn, setting) in entry.Properties)
            {
                if (key != "severity")
                {
                    reader.Error(keyLine, keyColumn, $"Unknown key '{key}' in rule '{id}'. Allowed keys: {string.Join(", ", RuleKeys)}");
                    continue;
                }

                if (reader.ExpectSeverity(setting, $"rules.{id}.severity") is { } severity)
                {
                    settings.RuleSeverities[id] = severity;
                }
            }
        }
    }

    private sealed class Reader(string path, List<GateMessage> errors)
    {
        public void Error(JsonNode at, string message) => Error(at.Line, at.Column, message);

        public void Error(int line, int column, string message) =>
            errors.Add(GateMessage.ConfigurationError(RuleCatalogue.InvalidSettingId, new SourceSpan(path, line, column, line, column), message));

        public string? ExpectString(JsonNode value, string what)
        {
            if (value.Kind == JsonValueKind.String)
            {
                return value.String;
            }

            Error(value, $"{what} must be a string, not {value.Describe()}");
            return null;
        }

        public bool? ExpectBoolean(JsonNode value, string what)
        {
            if (value.Kind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.Kind == JsonValueKind.True;
            }

            Error(value, $"{what} must be true or false, not {value.Describe()}");
            return null;
        }

        public GateSeverity? ExpectSeverity(JsonNode value, string what)
        {
            if (value.Kind == JsonValueKind.String && GateSeverityNames.TryParse(value.String!, out var severity))
            {
                return severity;
            }

            Error(value, $"{what} is {value.Describe()}; allowed values: {GateSeverityNames.AllowedList}");
            return null;
        }

        public int? ExpectThreshold(JsonNode value, string what)
        {
            if (value.Kind == JsonValueKind.Number && int.TryParse(value.RawNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold))
            {
                return threshold;
            }

            Error(value, $"{what} is {value.Describe()}; allowed values: a whole number from 0 to {int.MaxValue}");
            return null;
        }

        public Origin? ExpectOrigin(JsonNode value, string what)
        {
            if (value.Kind == JsonValueKind.String && OriginNames.TryParse(value.String!, out var origin))
            {
                return origin;
            }

            Error(value, $"{what} is {value.Describe()}; allowed values: {OriginNames.AllowedList}");
            return null;
        }
    }
}
