using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// SG3005: a catch in a method whose <c>bool</c> result means "it worked" (named <c>Try…</c>, <c>Validate…</c>,
/// <c>Verify…</c>, <c>Check…</c>, <c>Authenticate…</c>, <c>IsValid…</c>, …) that answers <c>true</c> after a failure:
/// the block returns a constant <c>true</c>, or its end is reachable and the statements that follow the <c>try</c>
/// (straight-line, through enclosing blocks, <c>if</c>, <c>using</c> and <c>lock</c>) reach <c>return true;</c>
/// before anything that branches. Lambdas are not inspected: they have no name that says what <c>true</c> means.
/// </summary>
public sealed class FailureReportedAsSuccessRule : SecurityRule
{
    // "Is" alone is not enough: IsLocked or IsFileInUse rightly answer true from a catch.
    private static readonly string[] SuccessPrefixes =
    [
        "Try", "Validate", "Verify", "Check", "Authenticate", "Authorize", "Authorise", "Login", "LogIn", "SignIn", "Can",
        "IsValid", "IsAuthenticated", "IsAuthorized", "IsAuthorised", "IsAllowed", "IsPermitted", "IsTrusted", "IsVerified",
        "IsSigned", "HasAccess", "HasPermission",
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.FailureReportedAsSuccess;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.CatchClause];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node is CatchClauseSyntax clause && EnclosingName(clause) is { } name && MeansSuccess(name);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var clause = (CatchClauseSyntax)node;
        if (!ReturnsBool(clause, context.Model) || clause.Parent is not TryStatementSyntax tryStatement)
        {
            return;
        }

        var success = CatchClauses.OwnNodes(clause.Block).OfType<ReturnStatementSyntax>().FirstOrDefault(r => IsTrue(r.Expression, context));
        if (success is null)
        {
            var flow = context.Model.AnalyzeControlFlow(clause.Block);
            if (flow is { Succeeded: true, EndPointIsReachable: true })
            {
                success = ReturnAfter(tryStatement, context);
            }
        }

        if (success is null)
        {
            return;
        }

        var line = OriginAnalyzer.SpanOf(success.GetLocation()).StartLine;
        context.Report(
            Descriptor,
            CatchClauses.ReportNode(clause),
            $"{CatchClauses.Capitalized(CatchClauses.Describe(clause, CatchClauses.CaughtType(clause, context)))} in {EnclosingName(clause)} leads to 'return true' (line {line}): callers see success after a failure; return false or rethrow",
            Origin.Internal);
    }

    private static string? EnclosingName(CatchClauseSyntax clause)
    {
        for (SyntaxNode? current = clause.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case LocalFunctionStatementSyntax local:
                    return local.Identifier.ValueText;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } accessor when accessor.IsKind(SyntaxKind.GetAccessorDeclaration):
                    return property.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool MeansSuccess(string name) =>
        SuccessPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)
            && (name.Length == prefix.Length || !char.IsLower(name[prefix.Length])));

    private static bool ReturnsBool(CatchClauseSyntax clause, SemanticModel model)
    {
        var symbol = model.GetEnclosingSymbol(clause.SpanStart);
        var type = symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter => getter.ReturnType,
            IMethodSymbol { IsAsync: true, ReturnType: INamedTypeSymbol { IsGenericType: true, TypeArguments: [var result] } } => result,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };
        return type?.SpecialType == SpecialType.System_Boolean;
    }

    private static bool IsTrue(ExpressionSyntax? expression, RuleContext context) =>
        expression is not null && (context.ConstantValue(expression) ?? context.Model.GetConstantValue(expression).Value) is true;

    /// <summary>
    /// The <c>return true;</c> that straight-line code after <paramref name="tryStatement"/> reaches, climbing out of
    /// blocks whose end flows on to the next statement; null at anything that could branch, loop or leave otherwise.
    /// </summary>
    private static ReturnStatementSyntax? ReturnAfter(TryStatementSyntax tryStatement, RuleContext context)
    {
        SyntaxNode current = tryStatement;
        while (true)
        {
            switch (current.Parent)
            {
                case BlockSyntax block:
                    for (var i = block.Statements.IndexOf((StatementSyntax)current) + 1; i < block.Statements.Count; i++)
                    {
                        switch (block.Statements[i])
                        {
                            case ReturnStatementSyntax returnStatement:
                                return IsTrue(returnStatement.Expression, context) ? returnStatement : null;
                            case ExpressionStatementSyntax or LocalDeclarationStatementSyntax or EmptyStatementSyntax or LocalFunctionStatementSyntax:
                                continue;
                            default:
                                return null;
                        }
                    }

                    current = block;
                    break;
                case UsingStatementSyntax or LockStatementSyntax or FixedStatementSyntax or CheckedStatementSyntax or LabeledStatementSyntax or UnsafeStatementSyntax:
                case IfStatementSyntax:
                    current = current.Parent;
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax owner }:
                    current = owner;
                    break;
                default:
                    return null;
            }
        }
    }
}
