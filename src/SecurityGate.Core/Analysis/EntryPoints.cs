using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>Parameters that receive input from outside the program: <c>Main</c> arguments, controller actions, HTTP route handlers.</summary>
internal static class EntryPoints
{
    private static readonly HashSet<string> RouteRegistrations = new(StringComparer.Ordinal)
    {
        "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "Map", "MapFallback",
    };

    private static readonly HashSet<string> ControllerBases = new(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Mvc.RazorPages.PageModel",
        "System.Web.Mvc.Controller", "System.Web.Http.ApiController",
    };

    public static bool IsExternalEntryParameter(IParameterSymbol parameter, IMethodSymbol method)
    {
        if (method.Name == "Main" && method.IsStatic && parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String })
        {
            return true;
        }

        // An action's services come from the container (by type or [FromServices]), not from the request.
        return IsControllerAction(method) && !InjectedServices.IsInjected(parameter);
    }

    public static string Describe(IMethodSymbol method) =>
        method.Name == "Main" ? "Main" : $"action {method.ContainingType.Name}.{method.Name}";

    public static bool IsRouteHandlerRegistration(InvocationExpressionSyntax invocation, SemanticModel model) =>
        SyntaxNames.CalledName(invocation) is { } name && RouteRegistrations.Contains(name)
        && model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
        && method.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;

    /// <summary>A public instance method of a controller (derived from an MVC controller base, or marked <c>[ApiController]</c>).</summary>
    public static bool IsControllerAction(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility != Accessibility.Public || method.IsStatic || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        for (var type = method.ContainingType.BaseType; type != null; type = type.BaseType)
        {
            if (ControllerBases.Contains(KnownApis.FullName(type)))
            {
                return true;
            }
        }

        return method.ContainingType.GetAttributes().Any(a => a.AttributeClass?.Name == "ApiControllerAttribute");
    }
}
