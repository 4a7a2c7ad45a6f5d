using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1008: XML that is not constant parsed with DTD processing switched on: <c>XmlReader.Create(input, settings)</c>
/// whose settings set <c>DtdProcessing.Parse</c> (or <c>ProhibitDtd = false</c>), an <c>XmlTextReader</c> on such
/// input with the same setting, and <c>XmlDocument.Load</c>/<c>LoadXml</c> on a document whose <c>XmlResolver</c> is
/// set to a resolver. The finding is at the input argument; the resolver assignment itself is SG5011's.
/// </summary>
public sealed class XmlExternalEntitiesRule : SecurityRule
{
    private const string Fix = "keep DtdProcessing at Prohibit (or Ignore) and leave XmlResolver null";

    // System.Xml.DtdProcessing.Parse.
    private const long DtdParse = 2;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.XmlExternalEntities;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is "Create" or "Load" or "LoadXml",
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "XmlTextReader",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "XmlTextReader",
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (SinkArguments.Method(node, context.Model) is not { } method)
        {
            return;
        }

        var owner = KnownApis.FullName(method.ContainingType);
        switch (node)
        {
            case InvocationExpressionSyntax when method is { Name: "Create", IsStatic: true } && owner == "System.Xml.XmlReader":
                AnalyzeReaderCreate(node, context);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                when method is { Name: "Load" or "LoadXml", IsStatic: false } && KnownApis.IsOn(method, "System.Xml.XmlDocument"):
                if (SinkArguments.MemberValues(access.Expression, "XmlResolver", context).Any(v => !IsNull(v, context)))
                {
                    foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
                    {
                        // A document loaded from an XmlReader parses with that reader's settings, not its own resolver.
                        if (!SinkArguments.IsOrDerives(parameter.Type, "System.Xml.XmlReader"))
                        {
                            SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Xml, "XML", $"XmlDocument.{method.Name} with an XmlResolver", Fix);
                        }
                    }
                }

                break;
            case BaseObjectCreationExpressionSyntax creation when owner == "System.Xml.XmlTextReader":
                if (TextReaderEnablesDtd(creation, context))
                {
                    ReportInputs(node, context, "new XmlTextReader with DtdProcessing.Parse", ["input", "url", "xmlFragment"]);
                }

                break;
        }
    }

    private void AnalyzeReaderCreate(SyntaxNode node, RuleContext context)
    {
        ExpressionSyntax? settings = null;
        foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
        {
            if (parameter.Name == "settings")
            {
                settings = value;
            }
        }

        if (settings != null && EnablesDtd(SinkArguments.MemberValues(settings, "DtdProcessing", context), SinkArguments.MemberValues(settings, "ProhibitDtd", context), context))
        {
            ReportInputs(node, context, "XmlReader.Create with DtdProcessing.Parse", ["inputUri", "input"]);
        }
    }

    /// <summary>An XmlTextReader with DtdProcessing.Parse set in its initialiser or on the variable it is stored in.</summary>
    private static bool TextReaderEnablesDtd(BaseObjectCreationExpressionSyntax creation, RuleContext context)
    {
        var dtd = new List<ExpressionSyntax>();
        var prohibit = new List<ExpressionSyntax>();
        foreach (var item in creation.Initializer?.Expressions ?? default)
        {
            if (item is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
            {
                (name.Identifier.ValueText == "DtdProcessing" ? dtd : name.Identifier.ValueText == "ProhibitDtd" ? prohibit : null)?.Add(assignment.Right);
            }
        }

        ISymbol? holder = creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => context.Model.GetDeclaredSymbol(declarator),
            AssignmentExpressionSyntax { Left: var left } assignment when assignment.Right == creation => context.Model.GetSymbolInfo(left).Symbol,
            _ => null,
        };
        if (holder != null)
        {
            dtd.AddRange(SinkArguments.MemberAssignments(holder, creation, "DtdProcessing", context));
            prohibit.AddRange(SinkArguments.MemberAssignments(holder, creation, "ProhibitDtd", context));
        }

        return EnablesDtd(dtd, prohibit, context);
    }

    private static bool EnablesDtd(IEnumerable<ExpressionSyntax> dtdProcessing, IEnumerable<ExpressionSyntax> prohibitDtd, RuleContext context) =>
        dtdProcessing.Any(v => SinkArguments.HasEnumValue(v, DtdParse, flags: false, context))
        || prohibitDtd.Any(v => context.ModelFor(v.SyntaxTree).GetConstantValue(v) is { HasValue: true, Value: false } || context.ConstantValue(v) is false);

    private static bool IsNull(ExpressionSyntax value, RuleContext context) =>
        value.IsKind(SyntaxKind.NullLiteralExpression) || context.ModelFor(value.SyntaxTree).GetConstantValue(value) is { HasValue: true, Value: null };

    private void ReportInputs(SyntaxNode node, RuleContext context, string sink, string[] parameterNames)
    {
        var arguments = SinkArguments.Of(node, context.Model).Where(a => parameterNames.Contains(a.Parameter.Name)).ToList();

        // XmlTextReader(url, input): the content is 'input'; the URL is then only a base URI.
        if (arguments.Any(a => a.Parameter.Name == "input"))
        {
            arguments.RemoveAll(a => a.Parameter.Name != "input");
        }

        foreach (var (_, value) in arguments)
        {
            SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Xml, "XML", sink, Fix);
        }
    }
}
