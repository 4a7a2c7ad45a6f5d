using System.Xml;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>
/// Finds <c>SecurityGate*</c> properties the gate does not know: a typo such as
/// <c>SecurityGateCommandExecutionSeverty</c> would otherwise be ignored and leave the default in force. MSBuild
/// cannot list a project's properties to a task, so this reads the project file, the <c>Directory.Build.props</c>
/// and <c>Directory.Build.targets</c> MSBuild imports for it, and the global (command-line) property names.
/// </summary>
public static class PropertyNameCheck
{
    /// <summary>Every property the gate reads.</summary>
    public static IReadOnlyList<string> KnownProperties { get; } = BuildKnown();

    /// <summary>A warning per unknown name, pointing at where it is set, with the closest known name.</summary>
    /// <param name="projectFile">The project file.</param>
    /// <param name="globalPropertyNames">Names of the build's global properties (<c>-p:</c> on the command line).</param>
    public static IReadOnlyList<GateMessage> Check(string projectFile, IEnumerable<string> globalPropertyNames)
    {
        var messages = new List<GateMessage>();
        var files = new List<string> { projectFile };
        var directory = Path.GetDirectoryName(Path.GetFullPath(projectFile));
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            for (var current = directory is null ? null : new DirectoryInfo(directory); current != null; current = current.Parent)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (File.Exists(candidate))
                {
                    files.Add(candidate);
                    break;
                }
            }
        }

        foreach (var file in files)
        {
            foreach (var (name, line, column) in PropertyElements(file))
            {
                if (IsUnknown(name))
                {
                    messages.Add(Warning(new SourceSpan(file, line, column, line, column + name.Length), name));
                }
            }
        }

        foreach (var name in globalPropertyNames.Where(IsUnknown).OrderBy(n => n, StringComparer.Ordinal))
        {
            messages.Add(Warning(SourceSpan.FileOnly(projectFile), name, " on the command line"));
        }

        return messages;
    }

    private static bool IsUnknown(string name) =>
        name.StartsWith("SecurityGate", StringComparison.OrdinalIgnoreCase)
        && !KnownProperties.Contains(name, StringComparer.OrdinalIgnoreCase)
        && Closest(name) is not null;

    private static GateMessage Warning(SourceSpan at, string name, string where = "") => new(
        GateMessageLevel.Warning,
        RuleCatalogue.UnknownPropertyId,
        at,
        $"Property {name}{where} is not a SecurityGate setting and has no effect; did you mean {Closest(name)}?",
        RuleCatalogue.HelpLinkBase + RuleCatalogue.UnknownPropertyId + ".md");

    /// <summary>
    /// The known property within a small edit distance, or null. A name far from every setting (a team's own
    /// <c>SecurityGateVersion</c>, say) is someone else's property, not a typo, and stays quiet.
    /// </summary>
    private static string? Closest(string name)
    {
        var best = KnownProperties.Select(k => (Name: k, Distance: Distance(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).First();
        return best.Distance <= Math.Max(2, best.Name.Length / 8) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static IEnumerable<(string Name, int Line, int Column)> PropertyElements(string file)
    {
        var found = new List<(string, int, int)>();
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var lineInfo = (IXmlLineInfo)reader;
            var depthOfGroup = -1;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "PropertyGroup")
                {
                    depthOfGroup = reader.Depth;
                }
                else if (depthOfGroup >= 0 && reader.Depth == depthOfGroup + 1)
                {
                    found.Add((reader.LocalName, lineInfo.LineNumber, lineInfo.LinePosition));
                }
                else if (reader.Depth <= depthOfGroup)
                {
                    depthOfGroup = -1;
                }
            }
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            // MSBuild already read the file; if the gate cannot, there is nothing more to say about its property names.
        }

        return found;
    }

    private static string[] BuildKnown()
    {
        var names = new List<string> { "SecurityGateEnabled", "SecurityGatePolicyFile", "SecurityGateFailOnInternalError", "SecurityGateRoslynSource", "SecurityGateAnalysisHost", "SecurityGateConcurrentAnalysis", "SecurityGateWarmUp", "SecurityGateSarifFile", "SecurityGateMarkdownFile", "SecurityGateBaselineFile", "SecurityGateUpdateBaseline" };
        foreach (var category in CategoryNames.All)
        {
            var part = CategoryNames.ToPropertyPart(category);
            names.AddRange([$"SecurityGate{part}Severity", $"SecurityGate{part}Threshold", $"SecurityGate{part}MinimumOrigin"]);
        }

        return [.. names];
    }
}
