// expect: SG1007, SG1007
// CWE-601 via SG1007; shape: RedirectResult.Url. The result redirects to whatever its Url holds when it runs, so setting
// it to an action parameter after construction or in an initialiser is an open redirect; a URL the router builds from
// route values (Url.Action, Url.RouteUrl) is the application's own.
using Microsoft.AspNetCore.Mvc;

[ApiController]
public sealed class LoginController : ControllerBase
{
    private IUrlHelper Url { get; } = null!;

    public IActionResult BadAssigned(string returnUrl)
    {
        var result = new RedirectResult("/");
        result.Url = returnUrl;
        return result;
    }

    public IActionResult BadInitialiser(string returnUrl) => new RedirectResult("/") { Url = returnUrl };

    public IActionResult GoodRouteUrl(string controllerName)
    {
        var result = new RedirectResult("/");
        result.Url = Url.RouteUrl(new { controller = controllerName }) + "#summary";
        return result;
    }

    public IActionResult GoodAction(string id) => Redirect(Url.Action("Details", "Orders", new { id })!);
}
