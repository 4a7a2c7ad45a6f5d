using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecurityGate.Core.Rules;

/// <summary>
/// One detection. The engine walks each syntax tree once and hands a rule only the nodes of the
/// kinds it declares that also pass its cheap syntax check, so binding stays on candidates.
/// </summary>
public abstract class SecurityRule
{
    /// <summary>The rule's metadata from <see cref="RuleCatalogue"/>.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>The syntax kinds this rule inspects.</summary>
    public abstract ImmutableArray<SyntaxKind> NodeKinds { get; }

    /// <summary>A syntax-only filter, run before any binding; keep it to name and shape checks.</summary>
    public virtual bool IsCandidate(SyntaxNode node) => true;

    /// <summary>Inspects a candidate node with the semantic model and reports findings.</summary>
    public abstract void Analyze(SyntaxNode node, RuleContext context);
}
