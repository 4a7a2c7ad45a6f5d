using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1005: a regular-expression pattern that is not constant: the <c>Regex</c> constructor and the static
/// <c>Regex</c> methods' <c>pattern</c> parameter (never the input). <c>Regex.Escape</c> makes a value a literal.
/// </summary>
public sealed class RegexInjectionRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.RegexInjection;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => RegexSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (!SinkArguments.AllArgumentsConstant(node, context) && RegexSinks.IsRegexMember(node, context.Model, out var method) && RegexSinks.Argument(node, context.Model, "pattern") is { } pattern)
        {
            SinkArguments.ReportIfData(context, Descriptor, pattern, SinkConcern.Regex,
                "Regex pattern",
                method.MethodKind == MethodKind.Constructor ? "new Regex" : "Regex." + method.Name,
                "use a constant pattern, or Regex.Escape the value to match it literally");
        }
    }
}
