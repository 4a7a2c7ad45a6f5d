using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1007: a redirect to a URL that is not constant: <c>HttpResponse.Redirect</c>, the controller's <c>Redirect</c>
/// family, <c>new RedirectResult</c>, its <c>Url</c> property set afterwards or in an initialiser, and
/// <c>Results.Redirect</c>. <c>LocalRedirect</c> is not a sink, a URL built by <c>Url.Action</c>, <c>Url.RouteUrl</c> or
/// <c>Url.Page</c> is the application's own (see <see cref="LocalUrlBuilders"/>), and a value that a
/// dominating <c>Url.IsLocalUrl(url)</c> check accepted (an enclosing <c>if</c> or conditional, or an earlier
/// <c>if (!Url.IsLocalUrl(url))</c> that returns or throws) is no longer external: the data flow's guards handle it.
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

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.OpenRedirect;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is { } name && RedirectMethods.Contains(name),
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) == "Url",
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "RedirectResult",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "RedirectResult",
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is AssignmentExpressionSyntax assignment)
        {
            AnalyzeUrlAssignment(assignment, context);
            return;
        }

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
            if (SinkArguments.IsString(parameter) && parameter.Name is "url" or "location")
            {
                var sink = node is InvocationExpressionSyntax ? method.Name : "new " + method.ContainingType.Name;
                SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Redirect, "Redirect target", sink, Fix);
            }
        }
    }

    // result.Url = url and new RedirectResult("/") { Url = url }: the result redirects to whatever Url holds when it runs.
    private void AnalyzeUrlAssignment(AssignmentExpressionSyntax assignment, RuleContext context)
    {
        if (context.Model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol { Name: "Url", IsStatic: false } property
            && property.ContainingType is { } owner && RedirectResults.Any(r => SinkArguments.IsOrDerives(owner, r)))
        {
            SinkArguments.ReportIfData(context, Descriptor, assignment.Right, SinkConcern.Redirect, "Redirect target", owner.Name + ".Url", Fix);
        }
    }
}
