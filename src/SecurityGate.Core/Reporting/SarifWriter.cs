using System.Reflection;
using System.Text.Json;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Reporting;

/// <summary>
/// Writes a project's findings as SARIF 2.1.0, the format code-scanning services and IDE viewers read: each result
/// with the level the build logged it at, its span, the data-flow path as a code flow, the location-independent
/// fingerprint, the origin, and the suppression in source with its justification.
/// </summary>
public static class SarifWriter
{
    private const string FingerprintKey = "securityGate/v1";

    /// <summary>Writes <paramref name="findings"/> to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void Write(string path, IReadOnlyList<ReportedFinding> findings)
    {
        using var stream = File.Create(path);
        Write(stream, findings);
    }

    /// <summary>Writes <paramref name="findings"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(Stream stream, IReadOnlyList<ReportedFinding> findings)
    {
        var rules = RuleCatalogue.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "SecurityGate");
        json.WriteString("informationUri", RuleCatalogue.HelpLinkBase);
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("properties");
            json.WriteString("category", CategoryNames.ToId(rule.Category));
            json.WriteStartArray("tags");
            json.WriteStringValue("security");
            json.WriteStringValue($"external/cwe/cwe-{rule.Cwe}");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var reported in findings)
        {
            WriteResult(json, reported, ruleIndex[reported.Finding.Rule.Id]);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding reported, int ruleIndex)
    {
        var finding = reported.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        // The level the build logged; a suppressed or baselined result has its rule's severity, and SARIF marks it
        // through "suppressions" or "baselineState", not through the level.
        json.WriteString("level", reported.Level switch
        {
            GateMessageLevel.Error => "error",
            GateMessageLevel.Info => "note",
            GateMessageLevel.Suppressed or GateMessageLevel.Baselined when reported.Severity == GateSeverity.Error => "error",
            GateMessageLevel.Suppressed or GateMessageLevel.Baselined when reported.Severity == GateSeverity.Info => "note",
            _ => "warning",
        });
        if (reported.Level == GateMessageLevel.Baselined)
        {
            json.WriteString("baselineState", "unchanged");
        }

        WriteMessage(json, finding.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Location, message: null);
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        if (!finding.Path.IsDefaultOrEmpty)
        {
            json.WriteStartArray("codeFlows");
            json.WriteStartObject();
            json.WriteStartArray("threadFlows");
            json.WriteStartObject();
            json.WriteStartArray("locations");
            foreach (var step in finding.Path)
            {
                json.WriteStartObject();
                WriteLocation(json, step.Location, step.Description, "location");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (suppression.IsJustified)
            {
                json.WriteString("justification", suppression.Justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("category", CategoryNames.ToId(finding.Rule.Category));
        json.WriteString("origin", OriginNames.ToName(finding.Origin));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceSpan span, string? message, string? propertyName = null)
    {
        if (propertyName is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(propertyName);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", FileUri(span.FilePath));
        json.WriteEndObject();
        if (span.StartLine > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.StartLine);
            json.WriteNumber("startColumn", span.StartColumn);
            json.WriteNumber("endLine", span.EndLine);
            json.WriteNumber("endColumn", span.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (message != null)
        {
            WriteMessage(json, message);
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // Absolute file URIs: a code-scanning upload makes them relative to its checkout.
    private static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string Version()
    {
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
