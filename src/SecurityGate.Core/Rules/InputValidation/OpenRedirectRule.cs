using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1007: a redirect to a URL that is not constant: <c>HttpResponse.Redirect</c>, the controller's <c>Redirect</c>
/// family, <c>new RedirectResult</c> and <c>Results.Redirect</c>. <c>LocalRedirect</c> is not a sink, and a call guarded
/// by <c>Url.IsLocalUrl(url)</c> on the same variable (in the condition of an enclosing <c>if</c> or conditional, or an
/// earlier <c>if (!Url.IsLocalUrl(url))</c> that returns or throws) stays silent.
/// </summary>
public sealed class OpenRedirectRule : SecurityRule
{
    private const string Fix = "redirect with LocalRedirect, or check Url.IsLocalUrl or an allow-list of hosts first";

    private static readonly HashSet<string> RedirectMethods = new(StringComparer.Ordinal)
    {
        "Redirect", "RedirectPermanent", "RedirectPreserveMethod", "RedirectPermanentPreserveMethod",
    };

    private static readonly string[] RedirectOwners =
    [
        "Microsoft.AspNetCore.Http.HttpResponse", "Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Http.Results",
        "Microsoft.AspNetCore.Http.TypedResults", "System.Web.HttpResponse", "System.Web.HttpResponseBase", "System.Web.Mvc.Controller",
    ];

    private static readonly HashSet<string> RedirectResults = new(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Mvc.RedirectResult", "System.Web.Mvc.RedirectResult",
    };

    private static readonly string[] UrlHelpers = ["Microsoft.AspNetCore.Mvc.IUrlHelper", "System.Web.Mvc.UrlHelper", "System.Web.Http.Routing.UrlHelper"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.OpenRedirect;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is { } name && RedirectMethods.Contains(name),
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "RedirectResult",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0,
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (SinkArguments.Method(node, context.Model) is not { } method)
        {
            return;
        }

        var isSink = node is InvocationExpressionSyntax
            ? RedirectMethods.Contains(method.Name) && RedirectOwners.Any(o => KnownApis.IsOn(method, o))
            : RedirectResults.Contains(KnownApis.FullName(method.ContainingType));
        if (!isSink)
        {
            return;
        }

        foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
        {
            if (SinkArguments.IsString(parameter) && parameter.Name is "url" or "location" && !IsGuarded(node, value, context))
            {
                var sink = node is InvocationExpressionSyntax ? method.Name : "new " + method.ContainingType.Name;
                SinkArguments.ReportIfData(context, Descriptor, value, "Redirect target", sink, Fix);
            }
        }
    }

    /// <summary>Whether the redirect only runs when <c>IsLocalUrl</c> accepted the same variable.</summary>
    private static bool IsGuarded(SyntaxNode sink, ExpressionSyntax url, RuleContext context)
    {
        var symbol = context.Model.GetSymbolInfo(url).Symbol;
        if (symbol is not (ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol))
        {
            return false;
        }

        SyntaxNode child = sink;
        for (var parent = sink.Parent; parent != null && parent is not MemberDeclarationSyntax; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when ifStatement.Statement == child && Holds(ifStatement.Condition, symbol, negated: false, context):
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == child && Holds(conditional.Condition, symbol, negated: false, context):
                case IfStatementSyntax { Else.Statement: var elseBranch } ifElse when elseBranch == child && Holds(ifElse.Condition, symbol, negated: true, context):
                case ConditionalExpressionSyntax conditionalElse when conditionalElse.WhenFalse == child && Holds(conditionalElse.Condition, symbol, negated: true, context):
                    return true;
                case BlockSyntax block when child is StatementSyntax statement && EarlierExitGuard(block, statement, symbol, context):
                    return true;
            }
        }

        return false;
    }

    /// <summary>An earlier <c>if (!Url.IsLocalUrl(x)) { return …; }</c> in the same block.</summary>
    private static bool EarlierExitGuard(BlockSyntax block, StatementSyntax statement, ISymbol symbol, RuleContext context)
    {
        foreach (var earlier in block.Statements.TakeWhile(s => s != statement))
        {
            if (earlier is IfStatementSyntax { Else: null } ifStatement && Exits(ifStatement.Statement) && Holds(ifStatement.Condition, symbol, negated: true, context))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax { Statements: [.., var last] } => Exits(last),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="condition"/> being true (or false, when <paramref name="negated"/>) implies that
    /// <c>IsLocalUrl(symbol)</c> returned true.
    /// </summary>
    private static bool Holds(ExpressionSyntax condition, ISymbol symbol, bool negated, RuleContext context)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Holds(parenthesized.Expression, symbol, negated, context);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Holds(not.Operand, symbol, !negated, context);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both when !negated:
                return Holds(both.Left, symbol, negated, context) || Holds(both.Right, symbol, negated, context);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either when negated:
                return Holds(either.Left, symbol, negated, context) || Holds(either.Right, symbol, negated, context);
            case InvocationExpressionSyntax invocation when !negated:
                return IsLocalUrlCheck(invocation, symbol, context);
            default:
                return false;
        }
    }

    private static bool IsLocalUrlCheck(InvocationExpressionSyntax invocation, ISymbol symbol, RuleContext context)
    {
        if (SyntaxNames.CalledName(invocation) != "IsLocalUrl" || context.Model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        var definition = method.ReducedFrom ?? method;
        if (!UrlHelpers.Any(h => KnownApis.IsOn(definition, h)) && !UrlHelpers.Any(h => definition.Parameters.FirstOrDefault()?.Type is { } t && KnownApis.FullName(t) == h))
        {
            return false;
        }

        return SinkArguments.Of(invocation, context.Model).Any(a => a.Parameter.Name == "url"
            && SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(a.Value).Symbol, symbol));
    }
}
