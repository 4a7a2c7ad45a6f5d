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
        foreach (var (value, trace, from) in ProcessSinks.NonConstantInputs(node, context, ProcessInput.Program))
        {
            context.Report(
                Descriptor,
                value,
                $"Process program '{ProcessSinks.Shorten(value.ToString())}' is {OriginNames.ToName(trace.Origin)} data{from}; start a fixed program by its full path",
                trace);
        }
    }
}
