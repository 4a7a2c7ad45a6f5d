using System.Globalization;
using System.Xml;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>
/// Merges csproj properties, the policy file and the built-in defaults into one <see cref="GatePolicy"/>.
/// Precedence, highest first: csproj property, policy file (rule entry, then category entry), built-in default.
/// </summary>
public static class PolicyResolver
{
    /// <summary>Resolves the policy for a project.</summary>
    /// <param name="projectFile">The project file, named in errors about properties.</param>
    /// <param name="explicitPolicyFile">The value of <c>SecurityGatePolicyFile</c>; empty to discover.</param>
    /// <param name="properties">The <c>SecurityGate*</c> properties by name; empty values mean unset.</param>
    /// <param name="errors">Receives an SG0002/SG0004/SG0005 error per bad value.</param>
    /// <returns>The merged policy; meaningful only when no error was added.</returns>
    public static GatePolicy Resolve(string projectFile, string? explicitPolicyFile, IReadOnlyDictionary<string, string?> properties, List<GateMessage> errors)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectFile)) ?? ".";
        string? policyPath = null;
        if (!string.IsNullOrWhiteSpace(explicitPolicyFile))
        {
            policyPath = Path.GetFullPath(Path.Combine(projectDirectory, explicitPolicyFile.Trim()));
            if (!File.Exists(policyPath))
            {
                errors.Add(GateMessage.ConfigurationError(
                    RuleCatalogue.UnreadableFileId,
                    PropertyLocator.Locate(projectFile, "SecurityGatePolicyFile"),
                    $"SecurityGatePolicyFile names '{policyPath}', which does not exist"));
                policyPath = null;
            }
        }
        else
        {
            policyPath = PolicyLoader.Discover(projectDirectory);
        }

        var file = policyPath is null ? new PolicyFileSettings() : PolicyLoader.Load(policyPath, errors) ?? new PolicyFileSettings();

        var categories = new Dictionary<Category, CategoryPolicy>();
        foreach (var category in CategoryNames.All)
        {
            var part = CategoryNames.ToPropertyPart(category);
            var severity = RuleCatalogue.DefaultSeverity(category);
            var source = SettingSource.Default;
            if (file.Severities.TryGetValue(category, out var fileSeverity))
            {
                (severity, source) = (fileSeverity, SettingSource.PolicyFile);
            }

            if (Property(properties, $"SecurityGate{part}Severity") is { } severityText)
            {
                if (GateSeverityNames.TryParse(severityText.ToLowerInvariant(), out var propertySeverity))
                {
                    (severity, source) = (propertySeverity, SettingSource.Property);
                }
                else
                {
                    errors.Add(PropertyError(projectFile, $"SecurityGate{part}Severity", severityText, GateSeverityNames.AllowedList));
                }
            }

            var threshold = file.Thresholds.TryGetValue(category, out var fileThreshold) ? fileThreshold : 0;
            if (Property(properties, $"SecurityGate{part}Threshold") is { } thresholdText)
            {
                if (int.TryParse(thresholdText, NumberStyles.None, CultureInfo.InvariantCulture, out var propertyThreshold))
                {
                    threshold = propertyThreshold;
                }
                else
                {
                    errors.Add(PropertyError(projectFile, $"SecurityGate{part}Threshold", thresholdText, $"a whole number from 0 to {int.MaxValue}"));
                }
            }

            var minimumOrigin = file.MinimumOrigins.TryGetValue(category, out var fileOrigin) ? fileOrigin : RuleCatalogue.DefaultMinimumOrigin(category);
            if (Property(properties, $"SecurityGate{part}MinimumOrigin") is { } originText)
            {
                if (OriginNames.TryParse(originText.ToLowerInvariant(), out var propertyOrigin))
                {
                    minimumOrigin = propertyOrigin;
                }
                else
                {
                    errors.Add(PropertyError(projectFile, $"SecurityGate{part}MinimumOrigin", originText, OriginNames.AllowedList));
                }
            }

            categories[category] = new CategoryPolicy(severity, source, threshold, minimumOrigin);
        }

        return new GatePolicy(categories, file.RuleSeverities, file.Exclude, file.AnalyzeGeneratedCode ?? false, policyPath, file.RequireJustification ?? false);
    }

    /// <summary>Parses a true/false property; an invalid value adds SG0002 and yields <paramref name="fallback"/>.</summary>
    public static bool ParseBoolean(string projectFile, string name, string? value, bool fallback, List<GateMessage> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (bool.TryParse(value.Trim(), out var parsed))
        {
            return parsed;
        }

        errors.Add(PropertyError(projectFile, name, value, "true, false"));
        return fallback;
    }

    private static string? Property(IReadOnlyDictionary<string, string?> properties, string name) =>
        properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static GateMessage PropertyError(string projectFile, string name, string value, string allowed) =>
        GateMessage.ConfigurationError(
            RuleCatalogue.InvalidSettingId,
            PropertyLocator.Locate(projectFile, name),
            $"Property {name} is '{value}'; allowed values: {allowed}");
}

/// <summary>Finds the line where a property is set in a project file, so property errors point at it.</summary>
internal static class PropertyLocator
{
    public static SourceSpan Locate(string projectFile, string propertyName)
    {
        try
        {
            using var reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && string.Equals(reader.LocalName, propertyName, StringComparison.OrdinalIgnoreCase))
                {
                    return new SourceSpan(projectFile, lineInfo.LineNumber, lineInfo.LinePosition, lineInfo.LineNumber, lineInfo.LinePosition + propertyName.Length);
                }
            }
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            // The property may come from an import or the command line; the project file alone is then the best place to name.
        }

        return SourceSpan.FileOnly(projectFile);
    }
}
