using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.CommandExecution;

/// <summary>SG4001: a process started with a command line that is not constant.</summary>
public sealed class ProcessArgumentsFromDataRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ProcessArgumentsFromData;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.AddAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => ProcessSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        // A shell's command line is SG4003's finding; only look for the shell when there are arguments at all.
        if (!ProcessSinks.Inputs(node, context.Model).Any(input => input.Role == ProcessInput.Arguments) || ShellCommandRule.IsShellInvocation(node, context))
        {
            return;
        }

        foreach (var (value, trace, from) in ProcessSinks.NonConstantInputs(node, context, ProcessInput.Arguments))
        {
            context.Report(
                Descriptor,
                value,
                $"Process arguments '{ProcessSinks.Shorten(value.ToString())}' are {OriginNames.ToName(trace.Origin)} data{from}; pass constant arguments or validate each against an allow-list",
                trace);
        }
    }
}
