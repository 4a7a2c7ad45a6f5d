using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5011: an XML parser given a resolver that fetches external resources (<c>new XmlUrlResolver()</c>,
/// <c>new XmlSecureResolver(…)</c>) on <c>XmlDocument</c>, <c>XmlReaderSettings</c>, <c>XmlTextReader</c> or
/// <c>XslCompiledTransform.Load</c>, or <c>DtdProcessing = DtdProcessing.Parse</c> on reader settings.
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
                if (member.Name == "XmlResolver" && ResolverCreated(assignment.Right, context) is { } resolver)
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
                && ResolverCreated(argument, context) is { } created:
                Report(argument, $"XslCompiledTransform.Load is given a {created}, so the stylesheet can fetch external resources; pass null", context);
                break;
        }
    }

    private void Report(SyntaxNode at, string message, RuleContext context) => context.Report(Descriptor, at, message, Origin.Constant);

    /// <summary>The name of the resolver type a value creates (directly or through a local initialiser), or null for null and unknown values.</summary>
    private static string? ResolverCreated(ExpressionSyntax value, RuleContext context)
    {
        var e = HardcodedValues.Unwrap(value);
        var model = context.ModelFor(e.SyntaxTree);
        if (e is IdentifierNameSyntax && model.GetSymbolInfo(e).Symbol is ILocalSymbol { DeclaringSyntaxReferences: [var reference] }
            && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init })
        {
            e = HardcodedValues.Unwrap(init);
        }

        return e is BaseObjectCreationExpressionSyntax && model.GetTypeInfo(e).Type is { } type
            && ConfigSinks.IsOrDerives(type, "System.Xml.XmlResolver") ? type.Name : null;
    }
}
