using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// ASP.NET Core calls that build a URL of the application from route values: <c>Url.Action</c>, <c>Url.RouteUrl</c>,
/// <c>Url.Page</c>, <c>Url.Link</c>, <c>Url.ActionLink</c> and <c>Url.PageLink</c> (on <c>IUrlHelper</c> and its
/// extensions). The router escapes the values and the result is a path of the
/// application (or, for the link forms, an absolute URL on the request's own host), so a redirect there stays on the
/// site. A call given a host argument can point anywhere, and <c>Url.Content</c> passes a URL that does not start with
/// <c>~</c> through unchanged: neither is one.
/// </summary>
internal static class LocalUrlBuilders
{
    private static readonly Dictionary<string, string[]> Builders = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore.Mvc.IUrlHelper"] = ["Action", "RouteUrl", "Link"],
        ["Microsoft.AspNetCore.Mvc.UrlHelperExtensions"] = ["Action", "RouteUrl", "Page", "ActionLink", "PageLink"],
    };

    /// <summary>Whether the call builds a URL of the application; <paramref name="method"/> is the symbol it binds to.</summary>
    public static bool Builds(InvocationExpressionSyntax call, IMethodSymbol method, SemanticModel model)
    {
        var definition = method.ReducedFrom ?? method;
        if (definition.ContainingType is null
            || !Builders.TryGetValue(KnownApis.FullName(definition.ContainingType), out var names) || Array.IndexOf(names, definition.Name) < 0)
        {
            return false;
        }

        // IUrlHelper.Action(UrlActionContext) and RouteUrl(UrlRouteContext) take the host inside the context object.
        if (definition.Parameters.Any(p => p.Type.Name is "UrlActionContext" or "UrlRouteContext"))
        {
            return false;
        }

        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (Parameter(argument, method) is { Name: "host" } && model.GetConstantValue(argument.Expression) is not { HasValue: true, Value: null })
            {
                return false;
            }
        }

        return true;
    }

    private static IParameterSymbol? Parameter(ArgumentSyntax argument, IMethodSymbol method)
    {
        if (argument.NameColon is { } name)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText);
        }

        var index = ((ArgumentListSyntax)argument.Parent!).Arguments.IndexOf(argument);
        return index < method.Parameters.Length ? method.Parameters[index] : null;
    }
}
