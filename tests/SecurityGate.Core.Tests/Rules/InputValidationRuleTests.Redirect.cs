using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Redirect_result_url_set_to_action_parameter_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class LoginController : ControllerBase
            {
                public IActionResult Done(string returnUrl)
                {
                    var result = new RedirectResult("/");
                    result.Url = returnUrl;
                    return result;
                }
                public IActionResult Done2(string returnUrl) => new RedirectResult("/") { Url = returnUrl };
            }
            """;
        Assert.Equal(["SG1007@8:22", "SG1007@11:85"], RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Redirect_result_url_set_to_constant_or_router_built_url_stays_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class LoginController : ControllerBase
            {
                private IUrlHelper Url { get; } = null!;
                public IActionResult Done(string id)
                {
                    var result = new RedirectResult("/");
                    result.Url = "/home";
                    return result;
                }
                public IActionResult Done2(string id) => new RedirectResult("/") { Url = Url.RouteUrl(new { id })! };
                public sealed class Page { public string Url { get; set; } = ""; }
                public Page Other(string id) => new Page { Url = id };
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Redirect_to_url_the_router_built_from_external_route_values_stays_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class OrdersController : ControllerBase
            {
                private IUrlHelper Url { get; } = null!;
                public IActionResult Show(string id)
                {
                    var target = Url.Action("Details", "Orders", new { id });
                    return Redirect(target + "#summary");
                }
                public IActionResult Back(string controllerName) => Redirect(Url.RouteUrl(new { controller = controllerName })!);
                public IActionResult Page(string handler) => Redirect(Url.Page("/Index", handler)!);
                public IActionResult Link(string id) => Redirect(Url.ActionLink("Details", "Orders", new { id }, protocol: "https")!);
                public IActionResult Named(string id) => Redirect(Url.Link("details", new { id })!);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Redirect_to_router_built_url_with_external_host_or_content_path_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Routing;
            [ApiController]
            public sealed class OrdersController : ControllerBase
            {
                private IUrlHelper Url { get; } = null!;
                public IActionResult Show(string id, string host) => Redirect(Url.Action("Details", "Orders", new { id }, "https", host)!);
                public IActionResult Link(string host) => Redirect(Url.ActionLink("Details", host: host)!);
                public IActionResult FromContent(string path) => Redirect(Url.Content(path)!);
                public IActionResult Context(string host) => Redirect(Url.Action(new UrlActionContext { Action = "Details", Host = host })!);
                public IActionResult Appended(string next) => Redirect(Url.Action("Details") + next);
            }
            """;
        Assert.Equal(["SG1007@7:67", "SG1007@8:56", "SG1007@9:63", "SG1007@10:59", "SG1007@11:60"], RuleHarness.Ids("SG1007", source));
    }
}
