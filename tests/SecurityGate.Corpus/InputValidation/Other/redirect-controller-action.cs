// expect: SG1007, SG1007, SG1007
// CWE-601 via SG1007; shape: controller action parameter. Action parameters are bound from the request, so a redirect
// to one sends the user wherever the link says; LocalRedirect and a dominating Url.IsLocalUrl check keep it on the site.
using Microsoft.AspNetCore.Mvc;

[ApiController]
public sealed class AccountController : ControllerBase
{
    private IUrlHelper Url { get; } = null!;

    public IActionResult BadLogin(string returnUrl) => Redirect(returnUrl);

    public IActionResult BadBack(string next)
    {
        return new RedirectResult(next, permanent: false);
    }

    public IActionResult BadThroughHelper(string next) => Redirect(Normalise(next));

    public IActionResult GoodLocalRedirect(string returnUrl) => LocalRedirect(returnUrl);

    public IActionResult GoodChecked(string returnUrl) => Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : Redirect("/");

    public IActionResult GoodEarlyExit(string returnUrl)
    {
        if (!Url.IsLocalUrl(returnUrl))
        {
            return Redirect("/");
        }

        return Redirect(returnUrl);
    }

    public IActionResult GoodConstant() => Redirect("/home");

    private static string Normalise(string url) => url.Trim();
}
