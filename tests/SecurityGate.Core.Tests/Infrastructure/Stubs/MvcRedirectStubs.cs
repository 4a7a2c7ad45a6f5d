namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>ASP.NET Core MVC redirect types missing from <see cref="AspNetCoreStubs"/>: <c>RedirectResult</c> and <c>IUrlHelper</c> (its extensions are in <see cref="MvcUrlHelperStubs"/>).</summary>
internal static class MvcRedirectStubs
{
    public const string Source =
        """
        namespace Microsoft.AspNetCore.Mvc
        {
            public class RedirectResult : IActionResult
            {
                public RedirectResult(string url) { }
                public RedirectResult(string url, bool permanent) { }
                public RedirectResult(string url, bool permanent, bool preserveMethod) { }
                public string Url { get; set; } = "";
            }
            public interface IUrlHelper
            {
                bool IsLocalUrl(string? url);
                string? Action(Microsoft.AspNetCore.Mvc.Routing.UrlActionContext actionContext);
                string? RouteUrl(Microsoft.AspNetCore.Mvc.Routing.UrlRouteContext routeContext);
                string? Content(string? contentPath);
                string? Link(string? routeName, object? values);
            }
        }
        """;
}
