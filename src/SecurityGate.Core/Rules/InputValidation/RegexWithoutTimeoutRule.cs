using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1006: a regular expression with a constant pattern matched against data that is not constant, with no
/// <c>matchTimeout</c> and without <c>RegexOptions.NonBacktracking</c>. A backtracking pattern on crafted input can
/// run for minutes (ReDoS). Patterns that are themselves data are SG1005's, so this rule only looks at constant ones;
/// an instance is judged by the constructions of the local, field or property it is called on.
/// </summary>
public sealed class RegexWithoutTimeoutRule : SecurityRule
{
    private const string Fix = "pass a matchTimeout (for example TimeSpan.FromSeconds(1)) or use RegexOptions.NonBacktracking";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.RegexWithoutTimeout;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => RegexSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var invocation = (InvocationExpressionSyntax)node;
        if (SinkArguments.AllArgumentsConstant(invocation, context) || !RegexSinks.IsRegexMember(invocation, context.Model, out var method) || RegexSinks.Argument(invocation, context.Model, "input") is not { } input)
        {
            return;
        }

        if (method.IsStatic)
        {
            if (!Unbounded(invocation, context))
            {
                return;
            }
        }
        else
        {
            // Judge the instance by how it was built; an instance whose construction is not visible here is not reported.
            if (invocation.Expression is not MemberAccessExpressionSyntax access
                || !SinkArguments.ValuesOf(access.Expression, context).Any(v => v is BaseObjectCreationExpressionSyntax && Unbounded(v, context)))
            {
                return;
            }
        }

        SinkArguments.ReportIfData(context, Descriptor, input, SinkConcern.Content, "Input", "Regex." + method.Name + " without a timeout", Fix);
    }

    /// <summary>A Regex construction or static call with a constant pattern and neither a timeout nor NonBacktracking.</summary>
    private static bool Unbounded(SyntaxNode regex, RuleContext context)
    {
        var model = context.ModelFor(regex.SyntaxTree);
        return RegexSinks.IsRegexMember(regex, model, out _)
            && RegexSinks.Argument(regex, model, "pattern") is { } pattern
            && context.Origins.Trace(pattern).Origin == Origin.Constant
            && !RegexSinks.IsBounded(regex, context);
    }
}
