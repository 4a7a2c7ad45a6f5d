namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>ASP.NET Core MVC URL building: <c>UrlHelperExtensions</c> and the context objects of <c>IUrlHelper</c>.</summary>
internal static class MvcUrlHelperStubs
{
    public const string Source =
        """
        namespace Microsoft.AspNetCore.Mvc.Routing
        {
            public class UrlActionContext
            {
                public string? Action { get; set; }
                public string? Controller { get; set; }
                public object? Values { get; set; }
                public string? Protocol { get; set; }
                public string? Host { get; set; }
                public string? Fragment { get; set; }
            }
            public class UrlRouteContext
            {
                public string? RouteName { get; set; }
                public object? Values { get; set; }
                public string? Protocol { get; set; }
                public string? Host { get; set; }
                public string? Fragment { get; set; }
            }
        }
        namespace Microsoft.AspNetCore.Mvc
        {
            public static class UrlHelperExtensions
            {
                // The URL is made of the arguments, as the library's result is: tracing it through the stub sees them.
                public static string? Action(this IUrlHelper helper) => "/";
                public static string? Action(this IUrlHelper helper, string? action) => "/" + action;
                public static string? Action(this IUrlHelper helper, string? action, object? values) => "/" + action + values;
                public static string? Action(this IUrlHelper helper, string? action, string? controller) => "/" + action + controller;
                public static string? Action(this IUrlHelper helper, string? action, string? controller, object? values) => "/" + action + controller + values;
                public static string? Action(this IUrlHelper helper, string? action, string? controller, object? values, string? protocol) => "/" + action + controller + values + protocol;
                public static string? Action(this IUrlHelper helper, string? action, string? controller, object? values, string? protocol, string? host) => "/" + action + controller + values + protocol + host;
                public static string? Action(this IUrlHelper helper, string? action, string? controller, object? values, string? protocol, string? host, string? fragment) => "/" + action + controller + values + protocol + host + fragment;
                public static string? RouteUrl(this IUrlHelper helper, object? values) => "/" + values;
                public static string? RouteUrl(this IUrlHelper helper, string? routeName) => "/" + routeName;
                public static string? RouteUrl(this IUrlHelper helper, string? routeName, object? values) => "/" + routeName + values;
                public static string? RouteUrl(this IUrlHelper helper, string? routeName, object? values, string? protocol) => "/" + routeName + values + protocol;
                public static string? RouteUrl(this IUrlHelper helper, string? routeName, object? values, string? protocol, string? host) => "/" + routeName + values + protocol + host;
                public static string? RouteUrl(this IUrlHelper helper, string? routeName, object? values, string? protocol, string? host, string? fragment) => "/" + routeName + values + protocol + host + fragment;
                public static string? Page(this IUrlHelper urlHelper, string? pageName) => "/" + pageName;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, string? pageHandler) => "/" + pageName + pageHandler;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, object? values) => "/" + pageName + values;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, string? pageHandler, object? values) => "/" + pageName + pageHandler + values;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, string? pageHandler, object? values, string? protocol) => "/" + pageName + pageHandler + values + protocol;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, string? pageHandler, object? values, string? protocol, string? host) => "/" + pageName + pageHandler + values + protocol + host;
                public static string? Page(this IUrlHelper urlHelper, string? pageName, string? pageHandler, object? values, string? protocol, string? host, string? fragment) => "/" + pageName + pageHandler + values + protocol + host + fragment;
                public static string? ActionLink(this IUrlHelper helper, string? action = null, string? controller = null, object? values = null, string? protocol = null, string? host = null, string? fragment = null) => "/" + action + controller + values + protocol + host + fragment;
                public static string? PageLink(this IUrlHelper urlHelper, string? pageName = null, string? pageHandler = null, object? values = null, string? protocol = null, string? host = null, string? fragment = null) => "/" + pageName + pageHandler + values + protocol + host + fragment;
            }
        }
        """;
}
