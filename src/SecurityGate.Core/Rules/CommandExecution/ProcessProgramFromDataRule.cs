using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.CommandExecution;

/// <summary>SG4002: a process started with a program path that is not constant.</summary>
public sealed class ProcessProgramFromDataRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ProcessProgramFromData;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => ProcessSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        foreach (var (value, role) in ProcessSinks.Inputs(node, context.Model))
        {
            if (role != ProcessInput.Program)
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
                $"Process program '{ProcessArgumentsFromDataRule.Shorten(value.ToString())}' is {OriginNames.ToName(trace.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}; start a fixed program by its full path",
                trace);
        }
    }
}
