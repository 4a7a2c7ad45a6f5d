using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules;

/// <summary>The stable metadata of one rule.</summary>
/// <param name="Id">The stable ID, for example <c>SG4001</c>.</param>
/// <param name="Category">The category the rule reports under.</param>
/// <param name="Title">A short title for documentation and SARIF.</param>
/// <param name="Cwe">The CWE number the rule maps to.</param>
public sealed record RuleDescriptor(string Id, Category Category, string Title, int Cwe)
{
    /// <summary>The page that documents this rule; MSBuild shows it as the diagnostic's help link.</summary>
    public string HelpLink => RuleCatalogue.HelpLinkBase + Id + ".md";
}
