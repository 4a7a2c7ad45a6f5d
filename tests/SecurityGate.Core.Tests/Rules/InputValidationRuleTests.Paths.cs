using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Path_from_console_is_reported_at_path_arguments_only()
    {
        const string source = """
            using System;
            using System.IO;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine()!;
                    var full = Path.Combine("/srv/data", name);
                    var text = File.ReadAllText(full);
                    File.WriteAllText(name + ".bak", text);
                    File.Copy("/srv/template.txt", full);
                    using var reader = new StreamReader(full);
                    var info = new FileInfo(name);
                }
            }
            """;
        Assert.Equal(["SG1002@9:37", "SG1002@10:27", "SG1002@11:40", "SG1002@12:45", "SG1002@13:33"], RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Constant_or_file_name_only_paths_stay_silent_even_with_external_contents()
    {
        const string source = """
            using System;
            using System.IO;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine()!;
                    var full = Path.Combine("/srv/data", Path.GetFileName(name));
                    var text = File.ReadAllText(full);
                    File.WriteAllText("/srv/data/out.txt", name);
                    File.Copy("/srv/template.txt", "/srv/data/copy.txt");
                    using var reader = new StreamReader(full);
                    var info = new FileInfo(Path.GetFileName(name));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Path_from_controller_parameter_through_another_file_is_reported()
    {
        const string store = """
            using System.IO;
            sealed class FileStore
            {
                private const string Root = "/srv/uploads";
                public Stream Open(string name) => new FileStream(Path.Combine(Root, name), FileMode.Open);
                public void Remove(string name) => File.Delete(Root + "/" + name);
            }
            """;
        const string controller = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class FilesController : ControllerBase
            {
                public IActionResult Get(string name)
                {
                    var store = new FileStore();
                    using var stream = store.Open(name);
                    store.Remove(name);
                    return Ok();
                }
            }
            """;
        Assert.Equal(["SG1002@5:55", "SG1002@6:52"], RuleHarness.Ids("SG1002", store, controller));
    }

    [Fact]
    public void Path_from_controller_parameter_reduced_to_a_file_name_stays_silent()
    {
        const string store = """
            using System.IO;
            sealed class FileStore
            {
                private const string Root = "/srv/uploads";
                public Stream Open(string name) => new FileStream(Path.Combine(Root, name), FileMode.Open);
                public void Remove(string name) => File.Delete(Root + "/" + name);
            }
            """;
        const string controller = """
            using System.IO;
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public sealed class FilesController : ControllerBase
            {
                public IActionResult Get(string name)
                {
                    var store = new FileStore();
                    using var stream = store.Open(Path.GetFileName(name));
                    store.Remove("latest.txt");
                    return Ok();
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", store, controller));
    }

    [Fact]
    public void Ldap_filter_and_path_from_console_and_environment_are_reported()
    {
        const string source = """
            using System;
            using System.DirectoryServices;
            using System.DirectoryServices.Protocols;
            class Program
            {
                static void Main()
                {
                    var user = Console.ReadLine();
                    var host = Environment.GetEnvironmentVariable("LDAP_HOST");
                    using var root = new DirectoryEntry("LDAP://" + host + "/dc=example,dc=com");
                    using var searcher = new DirectorySearcher(root);
                    searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + user + "))";
                    searcher.FindOne();
                    var request = new SearchRequest("dc=example,dc=com", $"(uid={user})", SearchScope.Subtree);
                }
            }
            """;
        Assert.Equal(["SG1003@10:45", "SG1003@12:27", "SG1003@14:62"], RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Ldap_filter_encoded_or_constant_stays_silent()
    {
        const string source = """
            using System;
            using System.DirectoryServices;
            using System.DirectoryServices.Protocols;
            using Microsoft.Security.Application;
            class Program
            {
                static void Main()
                {
                    var user = Console.ReadLine()!;
                    using var root = new DirectoryEntry("LDAP://ldap.example.com/dc=example,dc=com");
                    using var searcher = new DirectorySearcher(root);
                    searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + Encoder.LdapFilterEncode(user) + "))";
                    searcher.FindOne();
                    var request = new SearchRequest("dc=example,dc=com", "(objectClass=group)", SearchScope.Subtree);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Ldap_filter_appended_from_console_is_reported()
    {
        const string source = """
            using System;
            using System.DirectoryServices;
            class Program
            {
                static void Main()
                {
                    var user = Console.ReadLine();
                    using var root = new DirectoryEntry("LDAP://ldap.example.com/dc=example,dc=com");
                    using var searcher = new DirectorySearcher(root) { Filter = "(&(objectClass=user)" };
                    searcher.Filter += "(sAMAccountName=" + user + "))";
                    searcher.FindOne();
                }
            }
            """;
        Assert.Equal(["SG1003@10:28"], RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Ldap_filter_appended_with_encoded_or_constant_text_stays_silent()
    {
        const string source = """
            using System;
            using System.DirectoryServices;
            using Microsoft.Security.Application;
            class Program
            {
                static void Main()
                {
                    var user = Console.ReadLine()!;
                    using var root = new DirectoryEntry("LDAP://ldap.example.com/dc=example,dc=com");
                    using var searcher = new DirectorySearcher(root) { Filter = "(&(objectClass=user)" };
                    searcher.Filter += "(sAMAccountName=" + Encoder.LdapFilterEncode(user) + "))";
                    searcher.Filter += "(enabled=TRUE)";
                    searcher.FindOne();
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Ldap_filter_passed_through_another_method_is_reported_at_the_constructor()
    {
        const string source = """
            using System.DirectoryServices;
            using Microsoft.AspNetCore.Mvc;
            static class Directory
            {
                public static SearchResult? FindUser(DirectoryEntry root, string filter) => new DirectorySearcher(root, filter).FindOne();
            }
            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                public IActionResult Lookup(string account) =>
                    Ok(Directory.FindUser(new DirectoryEntry("LDAP://ldap"), "(uid=" + account + ")"));
            }
            """;
        Assert.Equal(["SG1003@5:109"], RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Ldap_filter_passed_through_another_method_as_a_constant_stays_silent()
    {
        const string source = """
            using System.DirectoryServices;
            using Microsoft.AspNetCore.Mvc;
            static class Directory
            {
                public static SearchResult? FindUser(DirectoryEntry root, string filter) => new DirectorySearcher(root, filter).FindOne();
            }
            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                public IActionResult Lookup(string account) =>
                    Ok(Directory.FindUser(new DirectoryEntry("LDAP://ldap"), "(objectClass=person)"));
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1003", source));
    }

    [Fact]
    public void Xpath_from_request_and_through_another_file_is_reported()
    {
        const string queries = """
            using System.Xml.XPath;
            static class Queries
            {
                public static object Price(XPathNavigator navigator, string product) =>
                    navigator.Evaluate("sum(//item[@name='" + product + "']/@price)");
            }
            """;
        const string handler = """
            using System.Xml;
            using System.Xml.XPath;
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context, XmlDocument document)
                {
                    string? user = context.Request.Query["user"];
                    var node = document.SelectSingleNode("//users/user[name='" + user + "']");
                    Queries.Price(document.CreateNavigator()!, context.Request.Query["product"]!);
                }
            }
            """;
        Assert.Equal(["SG1004@5:28", "SG1004@9:46"], RuleHarness.Ids("SG1004", queries, handler));
    }

    [Fact]
    public void Xpath_that_is_constant_stays_silent()
    {
        const string queries = """
            using System.Xml.XPath;
            static class Queries
            {
                public static object Price(XPathNavigator navigator, string product) =>
                    navigator.Evaluate("sum(//item[@name='" + product + "']/@price)");
            }
            """;
        const string handler = """
            using System.Xml;
            using System.Xml.XPath;
            using Microsoft.AspNetCore.Http;
            public static class Handler
            {
                public static void Handle(HttpContext context, XmlDocument document)
                {
                    string? user = context.Request.Query["user"];
                    var node = document.SelectSingleNode("//users/user[@active='true']");
                    var name = node?.Attributes?["name"]?.Value == user;
                    Queries.Price(document.CreateNavigator()!, "book");
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1004", queries, handler));
    }
}
