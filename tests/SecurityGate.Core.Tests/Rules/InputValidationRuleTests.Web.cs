using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Redirect_to_action_parameter_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                public IActionResult Login(string returnUrl) => Redirect(returnUrl);
                public IActionResult Back(string next)
                {
                    return new RedirectResult(next, permanent: false);
                }
            }
            """;
        Assert.Equal(["SG1007@5:62", "SG1007@8:35"], RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Local_redirect_and_is_local_url_guards_stay_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                private IUrlHelper Url { get; } = null!;
                public IActionResult Login(string returnUrl) => LocalRedirect(returnUrl);
                public IActionResult Back(string next)
                {
                    if (!string.IsNullOrEmpty(next) && Url.IsLocalUrl(next))
                    {
                        return new RedirectResult(next, permanent: false);
                    }
                    return Redirect("/");
                }
                public IActionResult Continue(string next)
                {
                    if (!Url.IsLocalUrl(next))
                    {
                        return Redirect("/");
                    }
                    return Redirect(next);
                }
                public IActionResult Choose(string next) => Url.IsLocalUrl(next) ? Redirect(next) : Redirect("/");
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Redirect_guarded_on_another_variable_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                private IUrlHelper Url { get; } = null!;
                public IActionResult Back(string next, string other)
                {
                    if (Url.IsLocalUrl(other))
                    {
                        return Redirect(next);
                    }
                    return Url.IsLocalUrl(next) ? Redirect("/") : Redirect(next);
                }
            }
            """;
        Assert.Equal(["SG1007@10:29", "SG1007@12:64"], RuleHarness.Ids("SG1007", source));
    }

    [Fact]
    public void Response_redirect_to_query_value_through_another_file_is_reported()
    {
        const string navigation = """
            using Microsoft.AspNetCore.Http;
            static class Navigation
            {
                public static void Go(HttpResponse response, string target) => response.Redirect(target, permanent: false);
            }
            """;
        const string handler = """
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context) => Navigation.Go(context.Response, context.Request.Query["next"]!);
            }
            """;
        Assert.Equal(["SG1007@4:86"], RuleHarness.Ids("SG1007", navigation, handler));
    }

    [Fact]
    public void Response_redirect_to_constant_through_another_file_stays_silent()
    {
        const string navigation = """
            using Microsoft.AspNetCore.Http;
            static class Navigation
            {
                public static void Go(HttpResponse response, string target) => response.Redirect(target, permanent: false);
            }
            """;
        const string handler = """
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context) => Navigation.Go(context.Response, "/login");
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1007", navigation, handler));
    }

    [Fact]
    public void Xml_with_dtd_processing_on_external_input_is_reported_at_the_input()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            class Program
            {
                static void Main(string[] args)
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
                    using var reader = XmlReader.Create(File.OpenRead(args[0]), settings);
                    var document = new XmlDocument { XmlResolver = new XmlUrlResolver() };
                    document.LoadXml(Console.ReadLine()!);
                    using var text = new XmlTextReader(Console.In);
                    text.XmlResolver = new XmlUrlResolver();
                }
            }
            """;
        Assert.Equal(["SG1008@9:45", "SG1008@11:26", "SG1008@12:44"], RuleHarness.Ids("SG1008", source));
    }

    [Fact]
    public void Xml_with_dtd_prohibited_no_resolver_or_constant_input_stays_silent()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            class Program
            {
                static void Main(string[] args)
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
                    using var reader = XmlReader.Create(File.OpenRead(args[0]), settings);
                    var parsing = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
                    using var fixedReader = XmlReader.Create(new StringReader("<!DOCTYPE a []><a/>"), parsing);
                    var document = new XmlDocument { XmlResolver = null };
                    document.LoadXml(Console.ReadLine()!);
                    using var text = new XmlTextReader(Console.In);
                    text.DtdProcessing = DtdProcessing.Prohibit;
                    text.XmlResolver = new XmlUrlResolver();
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1008", source));
    }

    [Fact]
    public void Xml_reader_settings_field_with_dtd_parse_used_on_request_body_from_another_file_is_reported()
    {
        const string loader = """
            using System.IO;
            using System.Xml;
            static class XmlLoader
            {
                private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
                public static XmlReader Open(Stream input) => XmlReader.Create(input, Settings);
            }
            """;
        const string handler = """
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context) => XmlLoader.Open(context.Request.Body).Read();
            }
            """;
        Assert.Equal(["SG1008@6:68"], RuleHarness.Ids("SG1008", loader, handler));
    }

    [Fact]
    public void Xml_reader_settings_field_with_dtd_parse_used_on_constant_bytes_stays_silent()
    {
        const string loader = """
            using System.IO;
            using System.Xml;
            static class XmlLoader
            {
                private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
                public static XmlReader Open(Stream input) => XmlReader.Create(input, Settings);
            }
            """;
        const string handler = """
            using System.IO;
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context) => XmlLoader.Open(new MemoryStream("<a/>"u8.ToArray())).Read();
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1008", loader, handler));
    }
}
