using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1004: an XPath expression that is not constant reaches <c>XPathNavigator</c>, <c>XmlNode</c>,
/// <c>XPathExpression.Compile</c> or the LINQ to XML XPath extensions.
/// </summary>
public sealed class XPathInjectionRule : SecurityRule
{
    private static readonly HashSet<string> MethodNames = new(StringComparer.Ordinal)
    {
        "Select", "SelectSingleNode", "SelectNodes", "Evaluate", "Compile", "Matches", "XPathSelectElement", "XPathSelectElements", "XPathEvaluate",
    };

    private static readonly HashSet<string> SinkTypes = new(StringComparer.Ordinal)
    {
        "System.Xml.XPath.XPathNavigator", "System.Xml.XmlNode", "System.Xml.XPath.XPathExpression", "System.Xml.XPath.Extensions",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.XPathInjection;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax invocation && SyntaxNames.CalledName(invocation) is { } name && MethodNames.Contains(name);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (SinkArguments.Method(node, context.Model) is not { } method || !MethodNames.Contains(method.Name))
        {
            return;
        }

        var definition = method.ReducedFrom ?? method;
        if (!SinkTypes.Any(t => KnownApis.IsOn(definition, t)))
        {
            return;
        }

        foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
        {
            if (SinkArguments.IsString(parameter) && parameter.Name is "xpath" or "expression")
            {
                SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.XPath,
                    "XPath expression",
                    $"{definition.ContainingType.Name}.{method.Name}",
                    "use a constant expression and check the value in code, or validate it against an allow-list");
            }
        }
    }
}
