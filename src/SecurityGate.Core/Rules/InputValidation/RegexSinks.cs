using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>The pattern, input and timeout of <c>System.Text.RegularExpressions.Regex</c> calls and constructions.</summary>
internal static class RegexSinks
{
    public const string RegexType = "System.Text.RegularExpressions.Regex";

    /// <summary><c>RegexOptions.NonBacktracking</c> (.NET 7+): linear-time matching, immune to catastrophic backtracking.</summary>
    public const long NonBacktracking = 0x400;

    public static readonly HashSet<string> MatchMethods = new(StringComparer.Ordinal)
    {
        "IsMatch", "Match", "Matches", "Replace", "Split", "Count", "EnumerateMatches", "EnumerateSplits",
    };

    /// <summary>Syntax-only: a call of a matching method or a construction of something named Regex (or target-typed).</summary>
    public static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is { } name && MatchMethods.Contains(name),
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "Regex",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "Regex",
        _ => false,
    };

    /// <summary>Whether the node constructs a Regex or calls one of its matching methods.</summary>
    public static bool IsRegexMember(SyntaxNode node, SemanticModel model, out IMethodSymbol method)
    {
        method = null!;
        if (SinkArguments.Method(node, model) is not { } found || !SinkArguments.IsOrDerives(found.ContainingType, RegexType))
        {
            return false;
        }

        method = found;
        return node is BaseObjectCreationExpressionSyntax ? found.MethodKind == Microsoft.CodeAnalysis.MethodKind.Constructor : MatchMethods.Contains(found.Name);
    }

    /// <summary>The argument written for the named parameter, or null.</summary>
    public static ExpressionSyntax? Argument(SyntaxNode node, SemanticModel model, string parameterName)
    {
        foreach (var (parameter, value) in SinkArguments.Of(node, model))
        {
            if (parameter.Name == parameterName)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a Regex construction or static call bounds its matching time: a <c>matchTimeout</c> argument other than
    /// <c>Regex.InfiniteMatchTimeout</c>, or <c>RegexOptions.NonBacktracking</c>.
    /// </summary>
    public static bool IsBounded(SyntaxNode node, RuleContext context)
    {
        var model = context.ModelFor(node.SyntaxTree);
        if (Argument(node, model, "matchTimeout") is { } timeout)
        {
            return !(model.GetSymbolInfo(timeout).Symbol is IFieldSymbol { Name: "InfiniteMatchTimeout" } field && KnownApis.FullName(field.ContainingType) == RegexType);
        }

        return Argument(node, model, "options") is { } options && SinkArguments.HasEnumValue(options, NonBacktracking, flags: true, context);
    }
}
