using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// SG3003: <c>throw new System.Exception(…)</c>, <c>System.ApplicationException</c> or <c>System.SystemException</c>,
/// in a throw statement or a throw expression, wherever it is (inside a catch too). Only a new object at the throw is
/// seen; an exception stored in a variable first is not followed.
/// </summary>
public sealed class GenericExceptionThrownRule : SecurityRule
{
    private static readonly HashSet<string> GenericTypes = new(StringComparer.Ordinal)
    {
        "System.Exception", "System.ApplicationException", "System.SystemException",
    };

    // The simple names those types are written with, aliases aside.
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal) { "Exception", "ApplicationException", "SystemException" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.GenericExceptionThrown;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.ThrowStatement, SyntaxKind.ThrowExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => Thrown(node) is ObjectCreationExpressionSyntax;

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        // A type written under another name can only be one of these through an alias, so most throws need no binding.
        if (Thrown(node) is not ObjectCreationExpressionSyntax creation
            || (SyntaxNames.TypeName(creation.Type) is { } written && !GenericNames.Contains(written) && !context.IsAliasName(written))
            || CatchClauses.TypeOf(creation.Type, context) is not { } type
            || !GenericTypes.Contains(KnownApis.FullName(type)))
        {
            return;
        }

        context.Report(
            Descriptor,
            creation,
            $"Throws {KnownApis.FullName(type)}, which callers can only catch together with every other error; throw a specific type (InvalidOperationException, ArgumentException or your own)",
            Origin.Internal);
    }

    private static ExpressionSyntax? Thrown(SyntaxNode node)
    {
        var expression = node switch
        {
            ThrowStatementSyntax statement => statement.Expression,
            ThrowExpressionSyntax throwExpression => throwExpression.Expression,
            _ => null,
        };
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
