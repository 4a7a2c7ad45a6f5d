using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5009: a CORS policy that calls <c>AllowCredentials()</c> and also allows any origin (<c>AllowAnyOrigin()</c>,
/// or <c>SetIsOriginAllowed</c> with a predicate that always answers true), in one fluent chain or on the same builder.
/// </summary>
public sealed class PermissiveCorsWithCredentialsRule : SecurityRule
{
    private const string BuilderType = "Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.PermissiveCorsWithCredentials;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AllowCredentials" } };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var invocation = (InvocationExpressionSyntax)node;
        if (!IsBuilderCall(invocation, context.Model))
        {
            return;
        }

        var calls = Chain(invocation).ToList();
        if (Root(invocation) is { } root && context.Model.GetSymbolInfo(root).Symbol is ILocalSymbol or IParameterSymbol
            && (invocation.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() ?? SyntaxNames.EnclosingMember(invocation)) is { } scope)
        {
            var symbol = context.Model.GetSymbolInfo(root).Symbol;
            calls.AddRange(scope.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => Root(call) is { } other && SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(other).Symbol, symbol)));
        }

        var permissive = calls.FirstOrDefault(call => IsBuilderCall(call, context.Model) && AllowsAnyOrigin(call, context));
        if (permissive is null)
        {
            return;
        }

        var name = ((MemberAccessExpressionSyntax)invocation.Expression).Name;
        context.Report(
            Descriptor,
            name,
            $"CORS policy allows credentials from any origin ({SyntaxNames.CalledName(permissive)}); list the trusted origins with WithOrigins",
            Origin.Constant);
    }

    private static bool AllowsAnyOrigin(InvocationExpressionSyntax call, RuleContext context) => SyntaxNames.CalledName(call) switch
    {
        "AllowAnyOrigin" => true,
        "SetIsOriginAllowed" => call.ArgumentList.Arguments is [var predicate] && ConfigSinks.AlwaysReturnsTrue(predicate.Expression, context),
        _ => false,
    };

    private static bool IsBuilderCall(InvocationExpressionSyntax call, SemanticModel model) =>
        model.GetSymbolInfo(call).Symbol is IMethodSymbol method && ConfigSinks.TypeOf(method) == BuilderType;

    /// <summary>Every call of the fluent chain the invocation is part of, before and after it.</summary>
    private static IEnumerable<InvocationExpressionSyntax> Chain(InvocationExpressionSyntax invocation)
    {
        for (var current = invocation; current.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner }; current = inner)
        {
            yield return inner;
        }

        for (SyntaxNode current = invocation; current.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer }; current = outer)
        {
            yield return outer;
        }
    }

    /// <summary>The variable a fluent chain starts from: <c>policy</c> in <c>policy.AllowAnyOrigin().AllowCredentials()</c>.</summary>
    private static IdentifierNameSyntax? Root(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax current = invocation;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            current = access.Expression;
        }

        return current as IdentifierNameSyntax;
    }
}
