using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>Where an effective setting came from, for messages and precedence.</summary>
public enum SettingSource
{
    /// <summary>The built-in default.</summary>
    Default,

    /// <summary>A category entry of the policy file.</summary>
    PolicyFile,

    /// <summary>A csproj property.</summary>
    Property,
}

/// <summary>The effective settings of one category.</summary>
/// <param name="Severity">How the category reports.</param>
/// <param name="SeveritySource">Where <paramref name="Severity"/> came from.</param>
/// <param name="Threshold">How many findings an <c>error</c> category tolerates before the build fails.</param>
/// <param name="MinimumOrigin">Findings whose data is more trusted than this are dropped.</param>
public sealed record CategoryPolicy(GateSeverity Severity, SettingSource SeveritySource, int Threshold, Origin MinimumOrigin);

/// <summary>The policy in force for one project, after properties, the policy file and defaults are merged.</summary>
public sealed class GatePolicy
{
    internal GatePolicy(
        IReadOnlyDictionary<Category, CategoryPolicy> categories,
        IReadOnlyDictionary<string, GateSeverity> ruleSeverities,
        IReadOnlyList<string> exclude,
        bool analyzeGeneratedCode,
        string? policyFile,
        bool requireJustification = false)
    {
        Categories = categories;
        RuleSeverities = ruleSeverities;
        Exclude = exclude;
        AnalyzeGeneratedCode = analyzeGeneratedCode;
        PolicyFile = policyFile;
        RequireJustification = requireJustification;
    }

    /// <summary>The built-in policy: no file, no properties.</summary>
    public static GatePolicy Default { get; } = new(
        CategoryNames.All.ToDictionary(c => c, c => new CategoryPolicy(RuleCatalogue.DefaultSeverity(c), SettingSource.Default, 0, RuleCatalogue.DefaultMinimumOrigin(c))),
        new Dictionary<string, GateSeverity>(),
        [],
        analyzeGeneratedCode: false,
        policyFile: null);

    /// <summary>Per-category settings.</summary>
    public IReadOnlyDictionary<Category, CategoryPolicy> Categories { get; }

    /// <summary>Per-rule severities from the policy file's <c>rules</c> section.</summary>
    public IReadOnlyDictionary<string, GateSeverity> RuleSeverities { get; }

    /// <summary>Globs, relative to the policy file's folder (or the project folder), of files not to analyse.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Whether generated code (auto-generated header, <c>*.g.cs</c>, <c>*.designer.cs</c>) is analysed.</summary>
    public bool AnalyzeGeneratedCode { get; }

    /// <summary>Whether a suppression in source counts only with a justification written beside it.</summary>
    public bool RequireJustification { get; }

    /// <summary>The policy file in force, if any.</summary>
    public string? PolicyFile { get; }

    /// <summary>
    /// The severity of one rule. Precedence, highest first: the category's csproj property, the policy file's
    /// rule entry, the policy file's category entry, the built-in default.
    /// </summary>
    public GateSeverity SeverityOf(RuleDescriptor rule)
    {
        var category = Categories[rule.Category];
        if (category.SeveritySource != SettingSource.Property && RuleSeverities.TryGetValue(rule.Id, out var ruleSeverity))
        {
            return ruleSeverity;
        }

        return category.Severity;
    }
}
