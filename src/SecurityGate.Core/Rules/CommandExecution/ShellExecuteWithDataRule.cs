using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.CommandExecution;

/// <summary>
/// SG4004: a <c>ProcessStartInfo</c> with <c>UseShellExecute = true</c> whose <c>FileName</c> is not constant: the shell
/// opens whatever the value names (a program, a document with its associated program, a URL, a UNC path).
/// </summary>
public sealed class ShellExecuteWithDataRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ShellExecuteWithData;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment && SyntaxNames.RightmostName(assignment.Left) == "UseShellExecute";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        if (context.Model.GetSymbolInfo(assignment.Left).Symbol is not IPropertySymbol property
            || KnownApis.FullName(property.ContainingType) != ProcessSinks.StartInfoType
            || context.ConstantValue(assignment.Right) is not true)
        {
            return;
        }

        OriginTrace? worst = null;
        ExpressionSyntax? program = null;
        foreach (var value in ProcessSinks.StartInfoValues(assignment, "FileName", context.Model))
        {
            var trace = context.Origins.Trace(value, SinkConcern.Command);
            if (trace.Origin != Origin.Constant && (worst is null || trace.Origin > worst.Value.Origin))
            {
                worst = trace;
                program = value;
            }
        }

        if (worst is not { } found || program is null)
        {
            return;
        }

        var from = found.Describe();
        context.Report(
            Descriptor,
            assignment,
            $"UseShellExecute opens FileName '{ProcessSinks.Shorten(program.ToString())}', {OriginNames.ToName(found.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}; set UseShellExecute = false or open only a fixed target",
            found);
    }
}
