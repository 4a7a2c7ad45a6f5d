using Microsoft.CodeAnalysis;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Parameter types through which a host hands a program its own services: loggers, the hosting environment, options and
/// configuration, the service provider, HTTP client factories. A constructor or method that no code in the project calls
/// is called by a dependency-injection container or a framework (ASP.NET Core activates controllers, middleware,
/// hosted services and <c>Startup</c> this way), and what it passes for these is the application's own state, not
/// outside input: <c>env.ContentRootPath</c> is where the application runs, whoever calls the constructor. The same
/// holds for the interfaces and abstract classes a constructor takes as its dependencies.
/// </summary>
internal static class InjectedServices
{
    // Namespaces whose types are services, never request or file data. Routing (route values), caching (whatever was
    // stored) and Identity (user records) are left out on purpose: what they hand back can be user data. Identity's
    // managers are services, named one by one below.
    private static readonly string[] ServiceNamespaces =
    [
        "Microsoft.Extensions.Logging", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Localization",
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.DataProtection",
        "Microsoft.AspNetCore.Authorization",
    ];

    private static readonly HashSet<string> ServiceTypes = new(StringComparer.Ordinal)
    {
        "System.IServiceProvider", "System.Net.Http.HttpClient", "System.Net.Http.IHttpClientFactory", "System.TimeProvider",
        "Microsoft.AspNetCore.Identity.UserManager`1", "Microsoft.AspNetCore.Identity.SignInManager`1", "Microsoft.AspNetCore.Identity.RoleManager`1",
    };

    /// <summary>Whether a parameter receives a host's service rather than data: by its type, or marked <c>[FromServices]</c>.</summary>
    public static bool IsInjected(IParameterSymbol parameter) =>
        IsService(parameter.Type)
        || (IsBoundByContainer(parameter.ContainingSymbol) && IsDependency(parameter.Type))
        || parameter.GetAttributes().Any(a => a.AttributeClass?.Name is "FromServicesAttribute" or "FromKeyedServicesAttribute");

    // Where the host fills in parameters itself: constructors the container calls, and controller actions and route
    // handlers, where an interface or abstract class cannot come from the request (nothing could create it) and
    // ASP.NET Core takes it from the container.
    private static bool IsBoundByContainer(ISymbol owner) =>
        owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.LambdaMethod or MethodKind.AnonymousFunction } || (owner is IMethodSymbol method && EntryPoints.IsControllerAction(method));

    // A constructor takes an interface or an abstract class to be handed a dependency (a repository, a mediator, another
    // project's service whose implementation this project never sees). The framework's own interfaces and abstract
    // classes are left out: collections, streams, readers and request features carry data.
    private static bool IsDependency(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } and not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: true })
        {
            return false;
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return !(space == "System" || space.StartsWith("System.", StringComparison.Ordinal) || InNamespace(space, "Microsoft.AspNetCore.Http"));
    }

    private static bool InNamespace(string space, string prefix) =>
        space.StartsWith(prefix, StringComparison.Ordinal) && (space.Length == prefix.Length || space[prefix.Length] == '.');

    /// <summary>Whether a parameter of this type receives a host's service rather than data.</summary>
    public static bool IsService(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Interface or TypeKind.Class } named || named.SpecialType != SpecialType.None)
        {
            return false;
        }

        if (ServiceTypes.Contains(KnownApis.FullName(named)))
        {
            return true;
        }

        var space = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ServiceNamespaces.Any(prefix => InNamespace(space, prefix));
    }
}
