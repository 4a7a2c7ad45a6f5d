using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// SG3002: a catch block with no statements, whatever it catches and whether or not it has a filter. A comment
/// explains the swallow but does not make it visible at run time; a justified suppression is the way to accept one,
/// and that includes <c>OperationCanceledException</c>.
/// </summary>
public sealed class EmptyCatchRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.EmptyCatch;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.CatchClause];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node is CatchClauseSyntax clause && CatchClauses.IsEmpty(clause);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var clause = (CatchClauseSyntax)node;
        var caught = CatchClauses.Describe(clause, CatchClauses.CaughtType(clause, context));
        var inside = clause.Block.OpenBraceToken.TrailingTrivia.Concat(clause.Block.CloseBraceToken.LeadingTrivia);
        var commented = inside.Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
            ? " (a comment does not count)"
            : string.Empty;
        context.Report(
            Descriptor,
            CatchClauses.ReportNode(clause),
            $"Empty {caught} block swallows the error{commented}; log it, handle it, rethrow with 'throw;', or suppress with a justification",
            Origin.Internal);
    }
}
