using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// SG3004: a catch of an exception the runtime raises for a bug in the code (<c>NullReferenceException</c>,
/// <c>IndexOutOfRangeException</c>, <c>DivideByZeroException</c>, <c>InvalidCastException</c>,
/// <c>StackOverflowException</c>, <c>AccessViolationException</c>, <c>ArrayTypeMismatchException</c>) without a filter
/// and without rethrowing on every path. <c>ArgumentException</c> and its kin are left alone: APIs throw them on
/// purpose. An empty block is left to SG3002.
/// </summary>
public sealed class ProgrammingErrorCaughtRule : SecurityRule
{
    private static readonly HashSet<string> ProgrammingErrors = new(StringComparer.Ordinal)
    {
        "System.NullReferenceException", "System.IndexOutOfRangeException", "System.DivideByZeroException",
        "System.InvalidCastException", "System.StackOverflowException", "System.AccessViolationException",
        "System.ArrayTypeMismatchException",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ProgrammingErrorCaught;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.CatchClause];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is CatchClauseSyntax { Declaration: not null, Filter: null } clause && !CatchClauses.IsEmpty(clause);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var clause = (CatchClauseSyntax)node;
        if (CatchClauses.CaughtType(clause, context) is not { } type
            || !ProgrammingErrors.Contains(KnownApis.FullName(type))
            || CatchClauses.RethrowsOnEveryPath(clause, context.Model))
        {
            return;
        }

        context.Report(
            Descriptor,
            CatchClauses.ReportNode(clause),
            $"{CatchClauses.Describe(clause, type)} hides a bug instead of fixing it; check the value before use (null, bounds, divisor, 'is'/'as') and remove the catch",
            Origin.Internal);
    }
}
