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
        foreach (var (value, role) in ProcessSinks.Inputs(node, context.Model))
        {
            if (role != ProcessInput.Arguments || ShellCommandRule.IsShellInvocation(node, context))
            {
                continue;
            }

            var trace = context.Origins.Trace(value, SinkConcern.Command);
            if (trace.Origin == Origin.Constant)
            {
                continue;
            }

            var from = trace.Describe();
            context.Report(
                Descriptor,
                value,
                $"Process arguments '{Shorten(value.ToString())}' are {OriginNames.ToName(trace.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}; pass constant arguments or validate each against an allow-list",
                trace);
        }
    }

    internal static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }
}
