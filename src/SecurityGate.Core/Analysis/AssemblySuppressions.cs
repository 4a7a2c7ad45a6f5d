using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Assembly-level suppressions, as Visual Studio writes them to <c>GlobalSuppressions.cs</c>:
/// <c>[assembly: SuppressMessage("…", "SGnnnn", Justification = "…", Scope = "member", Target = "~M:App.Runner.Run(System.String)")]</c>.
/// Each covers the declarations of the member, type or namespace its target names (by documentation ID). Read once
/// per compilation, the first time a rule reports.
/// </summary>
internal sealed class AssemblySuppressions
{
    private static readonly ConditionalWeakTable<Compilation, AssemblySuppressions> Known = new();
    private static readonly HashSet<string> Scopes = new(StringComparer.OrdinalIgnoreCase) { "member", "type", "namespace", "namespaceanddescendants" };

    private readonly Dictionary<SyntaxTree, List<(TextSpan Covers, string RuleId, Suppression Suppression)>> _byTree = [];

    private AssemblySuppressions(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || !InSourceSuppressions.IsSuppressionAttribute(type)
                || attribute.ConstructorArguments is not [_, { Value: string checkId }]
                || InSourceSuppressions.RuleIdOf(checkId) is not { } ruleId
                || Named(attribute, "Scope") is not { } scope || !Scopes.Contains(scope)
                || Named(attribute, "Target") is not { Length: > 0 } target
                || attribute.ApplicationSyntaxReference is not { } applied)
            {
                continue;
            }

            var line = LineStarts.LineSpan(applied.GetSyntax().GetLocation()).StartLinePosition.Line + 1;
            var suppression = new Suppression(SuppressionKind.Attribute, line, Named(attribute, "Justification"), applied.SyntaxTree.FilePath);
            foreach (var symbol in Targets(compilation, scope, target))
            {
                foreach (var declaration in symbol.DeclaringSyntaxReferences)
                {
                    if (!_byTree.TryGetValue(declaration.SyntaxTree, out var covered))
                    {
                        _byTree[declaration.SyntaxTree] = covered = [];
                    }

                    covered.Add((declaration.Span, ruleId, suppression));
                }
            }
        }
    }

    /// <summary>The assembly-level suppressions of <paramref name="compilation"/>.</summary>
    public static AssemblySuppressions Of(Compilation compilation) => Known.GetValue(compilation, c => new AssemblySuppressions(c));

    /// <summary>The suppression of <paramref name="ruleId"/> whose target covers <paramref name="position"/> in <paramref name="tree"/>, or null.</summary>
    public Suppression? For(SyntaxTree tree, string ruleId, int position) =>
        _byTree.TryGetValue(tree, out var covered) ? InSourceSuppressions.Innermost(covered, ruleId, position) : null;

    private static string? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    // "~M:App.Runner.Run(System.String)" or "App.Runner" with Scope = "type": documentation IDs, the prefix optional.
    private static IEnumerable<ISymbol> Targets(Compilation compilation, string scope, string target)
    {
        var id = target.TrimStart('~');
        if (id.Length < 2 || id[1] != ':')
        {
            id = (scope.StartsWith("namespace", StringComparison.OrdinalIgnoreCase) ? "N:" : scope.Equals("type", StringComparison.OrdinalIgnoreCase) ? "T:" : "M:") + id;
        }

        return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
    }
}
