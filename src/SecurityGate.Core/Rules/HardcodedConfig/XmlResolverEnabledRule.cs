using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5011: an XML parser given a resolver that fetches external resources (<c>new XmlUrlResolver()</c>,
/// <c>XmlResolver.FileSystemResolver</c>, an <c>XmlPreloadedResolver</c> over such a resolver, an
/// <c>XmlSecureResolver</c> where it still fetches: see <see cref="XmlResolvers"/>) on <c>XmlDocument</c>,
/// <c>XmlReaderSettings</c>, <c>XmlTextReader</c> or <c>XslCompiledTransform.Load</c>, or
/// <c>DtdProcessing = DtdProcessing.Parse</c> on reader settings.
/// </summary>
public sealed class XmlResolverEnabledRule : SecurityRule
{
    private static readonly string[] ReaderTypes = ["System.Xml.XmlDocument", "System.Xml.XmlReaderSettings", "System.Xml.XmlTextReader"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.XmlResolverEnabled;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression, SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is "XmlResolver" or "DtdProcessing",
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) == "Load" && invocation.ArgumentList.Arguments.Count >= 3,
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when ConfigSinks.AssignedMemberOn(assignment, context.Model, ReaderTypes) is { } member:
                if (member.Name == "XmlResolver" && FetchingResolver(assignment.Right, context) is { } resolver)
                {
                    Report(assignment, $"{member.ContainingType.Name}.XmlResolver is a {resolver}, so external entities and DTDs are fetched; leave it null", context);
                }
                else if (member.Name == "DtdProcessing" && ConfigSinks.IsEnumValue(assignment.Right, context, "System.Xml.DtdProcessing", "Parse"))
                {
                    Report(assignment, $"{member.ContainingType.Name}.DtdProcessing is Parse, so DTDs and entities are processed; use DtdProcessing.Prohibit", context);
                }

                break;
            case InvocationExpressionSyntax invocation when context.Model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { Name: "Load" } method
                && ConfigSinks.TypeOf(method) == "System.Xml.Xsl.XslCompiledTransform"
                && ConfigSinks.ArgumentFor(invocation, "stylesheetResolver", context.Model) is { } argument
                && FetchingResolver(argument, context) is { } created:
                Report(argument, $"XslCompiledTransform.Load is given a {created}, so the stylesheet can fetch external resources; pass null", context);
                break;
        }
    }

    private void Report(SyntaxNode at, string message, RuleContext context) => context.Report(Descriptor, at, message, Origin.Constant);

    // Only resolvers the rule can name: a parameter or field of type XmlResolver may well hold null.
    private static string? FetchingResolver(ExpressionSyntax value, RuleContext context) => XmlResolvers.Fetching(value, context, unknownFetches: false);
}
