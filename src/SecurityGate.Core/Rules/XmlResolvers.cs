using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Rules.HardcodedConfig;
using SecurityGate.Core.Rules.InputValidation;

namespace SecurityGate.Core.Rules;

/// <summary>
/// Which values given to an <c>XmlResolver</c> property let a parser fetch external entities and DTDs (SG1008, SG5011).
/// Measured on .NET 10: <c>XmlUrlResolver</c> and <c>XmlResolver.FileSystemResolver</c> read a <c>file://</c> entity;
/// <c>null</c>, <c>XmlResolver.ThrowingResolver</c>, <c>XmlSecureResolver</c> (from .NET 7, see
/// <see cref="TargetRuntime.XmlSecureResolverRefusesAll"/>) and an <c>XmlPreloadedResolver</c> without a fallback do not.
/// </summary>
internal static class XmlResolvers
{
    // A local assigned from itself (r = r ?? other) must not send the walk round in circles.
    private const int MaxDepth = 4;

    /// <summary>
    /// The resolver <paramref name="value"/> sets that fetches, named for a message ("XmlUrlResolver"), or null when it
    /// is null or refuses every URI. A value the gate cannot name (a parameter, a field of type <c>XmlResolver</c>, a
    /// call) counts as fetching only when <paramref name="unknownFetches"/> is true.
    /// </summary>
    public static string? Fetching(ExpressionSyntax value, RuleContext context, bool unknownFetches) => Fetching(value, context, unknownFetches, 0);

    /// <summary>The first of <paramref name="values"/> that fetches (see <see cref="Fetching(ExpressionSyntax, RuleContext, bool)"/>), or null.</summary>
    public static string? FirstFetching(IEnumerable<ExpressionSyntax> values, RuleContext context, bool unknownFetches) =>
        values.Select(v => Fetching(v, context, unknownFetches)).FirstOrDefault(name => name != null);

    private static string? Fetching(ExpressionSyntax value, RuleContext context, bool unknownFetches, int depth)
    {
        var e = HardcodedValues.Unwrap(value);
        var model = context.ModelFor(e.SyntaxTree);
        if (e.IsKind(SyntaxKind.NullLiteralExpression) || e.IsKind(SyntaxKind.DefaultLiteralExpression)
            || model.GetConstantValue(e) is { HasValue: true, Value: null })
        {
            return null;
        }

        var symbol = model.GetSymbolInfo(e).Symbol;
        if (symbol is IPropertySymbol { IsStatic: true } property && KnownApis.FullName(property.ContainingType) == "System.Xml.XmlResolver")
        {
            return property.Name == "ThrowingResolver" ? null : "XmlResolver." + property.Name;
        }

        if (symbol is ILocalSymbol && depth < MaxDepth)
        {
            var held = SinkArguments.ValuesOf(e, context).ToList();
            if (held.Count > 0)
            {
                return held.Select(v => Fetching(v, context, unknownFetches, depth + 1)).FirstOrDefault(name => name != null);
            }
        }

        if (e is BaseObjectCreationExpressionSyntax && model.GetTypeInfo(e).Type is INamedTypeSymbol type && KnownApis.IsOrDerivesFrom(type, "System.Xml.XmlResolver"))
        {
            switch (KnownApis.FullName(type))
            {
                case "System.Xml.XmlSecureResolver":
                    return TargetRuntime.Of(context.Compilation).XmlSecureResolverRefusesAll ? null : type.Name;
                case "System.Xml.Resolvers.XmlPreloadedResolver":
                    // It serves the preloaded DTDs itself and hands every other URI to its fallback, if it has one.
                    return ConfigSinks.ArgumentFor(e, "fallbackResolver", model) is { } fallback
                        && Fetching(fallback, context, unknownFetches, depth + 1) is { } inner
                        ? $"{type.Name} over {inner}"
                        : null;
                default:
                    return type.Name;
            }
        }

        return unknownFetches ? $"resolver '{SinkArguments.Shorten(e.ToString())}'" : null;
    }
}
