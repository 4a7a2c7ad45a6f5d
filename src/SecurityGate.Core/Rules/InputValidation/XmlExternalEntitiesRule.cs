using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1008: XML that is not constant parsed by a reader that can be made to read external entities or to expand them
/// without bound: <c>XmlReader.Create(input, settings)</c> whose settings set <c>DtdProcessing.Parse</c> (or
/// <c>ProhibitDtd = false</c>) together with a resolver that fetches or <c>MaxCharactersFromEntities = 0</c>; an
/// <c>XmlTextReader</c> on such input (it parses DTDs by default) given a resolver that fetches, or set to
/// <c>DtdProcessing.Parse</c> with no entity cap; and <c>XmlDocument.Load</c>/<c>LoadXml</c> on a document whose
/// <c>XmlResolver</c> fetches. On .NET 5+ a reader without a resolver reads no external entity and caps expansion at ten
/// million characters, and from .NET 7 <c>XmlSecureResolver</c> refuses every URI, so neither is reported there; where
/// the code may run on .NET Framework (see <see cref="TargetRuntime"/>) DTD processing switched on without an explicit
/// resolver is still reported. The finding is at the input argument; the resolver assignment itself is SG5011's.
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
                if (XmlResolvers.FirstFetching(SinkArguments.MemberValues(access.Expression, "XmlResolver", context), context, unknownFetches: true) is { } resolver)
                {
                    foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
                    {
                        // A document loaded from an XmlReader parses with that reader's settings, not its own resolver.
                        if (!SinkArguments.IsOrDerives(parameter.Type, "System.Xml.XmlReader"))
                        {
                            SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Xml, "XML", $"XmlDocument.{method.Name} with a {resolver}", Fix);
                        }
                    }
                }

                break;
            case BaseObjectCreationExpressionSyntax creation when owner == "System.Xml.XmlTextReader":
                AnalyzeTextReader(creation, context);
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

        if (settings != null && EnablesDtd(SinkArguments.MemberValues(settings, "DtdProcessing", context), SinkArguments.MemberValues(settings, "ProhibitDtd", context), context)
            && Danger(dtdParseSet: true, SinkArguments.MemberValues(settings, "XmlResolver", context).ToList(), SinkArguments.MemberValues(settings, "MaxCharactersFromEntities", context), context) is { } danger)
        {
            ReportInputs(node, context, "XmlReader.Create with DtdProcessing.Parse" + danger, ["inputUri", "input"]);
        }
    }

    /// <summary>
    /// An XmlTextReader, with what is set in its initialiser or on the variable it is stored in. It parses DTDs unless told
    /// otherwise, so a resolver that fetches is enough; DtdProcessing.Parse set explicitly is judged like reader settings.
    /// </summary>
    private void AnalyzeTextReader(BaseObjectCreationExpressionSyntax creation, RuleContext context)
    {
        var dtd = new List<ExpressionSyntax>();
        var prohibit = new List<ExpressionSyntax>();
        var resolvers = new List<ExpressionSyntax>();
        foreach (var item in creation.Initializer?.Expressions ?? default)
        {
            if (item is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
            {
                ListFor(name.Identifier.ValueText)?.Add(assignment.Right);
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
            foreach (var member in new[] { "DtdProcessing", "ProhibitDtd", "XmlResolver" })
            {
                ListFor(member)!.AddRange(SinkArguments.MemberAssignments(holder, creation, member, context));
            }
        }

        var parseSet = EnablesDtd(dtd, prohibit, context);
        if (!parseSet && DisablesDtd(dtd, prohibit, context))
        {
            return;
        }

        if (Danger(parseSet, resolvers, [], context) is { } danger)
        {
            ReportInputs(creation, context, (parseSet ? "new XmlTextReader with DtdProcessing.Parse" : "new XmlTextReader (it parses DTDs by default)") + danger, ["input", "url", "xmlFragment"]);
        }

        List<ExpressionSyntax>? ListFor(string member) => member switch
        {
            "DtdProcessing" => dtd,
            "ProhibitDtd" => prohibit,
            "XmlResolver" => resolvers,
            _ => null,
        };
    }

    /// <summary>
    /// What makes a reader that parses DTDs dangerous, as the end of the message's sink ("… and a XmlUrlResolver"), or null
    /// when nothing does: a resolver that fetches; and, when <paramref name="dtdParseSet"/> (DTD processing switched on in
    /// code rather than by default), no cap on entity expansion, or no resolver set where the runtime's default may fetch.
    /// </summary>
    private static string? Danger(bool dtdParseSet, IReadOnlyList<ExpressionSyntax> resolvers, IEnumerable<ExpressionSyntax> maxCharactersFromEntities, RuleContext context)
    {
        if (XmlResolvers.FirstFetching(resolvers, context, unknownFetches: true) is { } resolver)
        {
            return $" and a {resolver}";
        }

        if (!dtdParseSet)
        {
            return null;
        }

        if (maxCharactersFromEntities.Any(v => SinkArguments.HasEnumValue(v, 0, flags: false, context)))
        {
            return " and MaxCharactersFromEntities = 0 (entity expansion without a cap)";
        }

        return resolvers.Count == 0 && !TargetRuntime.Of(context.Compilation).XmlResolverNullByDefault
            ? " and no XmlResolver set (on .NET Framework the default may fetch)"
            : null;
    }

    // DtdProcessing.Prohibit (0) or Ignore (1), or ProhibitDtd = true.
    private static bool DisablesDtd(IEnumerable<ExpressionSyntax> dtdProcessing, IEnumerable<ExpressionSyntax> prohibitDtd, RuleContext context) =>
        dtdProcessing.Any(v => SinkArguments.HasEnumValue(v, 0, flags: false, context) || SinkArguments.HasEnumValue(v, 1, flags: false, context))
        || prohibitDtd.Any(v => context.ModelFor(v.SyntaxTree).GetConstantValue(v) is { HasValue: true, Value: true } || context.ConstantValue(v) is true);

    private static bool EnablesDtd(IEnumerable<ExpressionSyntax> dtdProcessing, IEnumerable<ExpressionSyntax> prohibitDtd, RuleContext context) =>
        dtdProcessing.Any(v => SinkArguments.HasEnumValue(v, DtdParse, flags: false, context))
        || prohibitDtd.Any(v => context.ModelFor(v.SyntaxTree).GetConstantValue(v) is { HasValue: true, Value: false } || context.ConstantValue(v) is false);

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
