using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>SG5011: which resolvers fetch, on the runtime the tests compile against (.NET 10) and where .NET Framework may run the code.</summary>
public sealed class HardcodedConfigXmlResolverRuleTests
{
    [Fact]
    public void Resolvers_that_fetch_are_reported()
    {
        const string source = """
            using System.Xml;
            using System.Xml.Resolvers;
            class Xml
            {
                static void Run(XmlTextReader text)
                {
                    var document = new XmlDocument { XmlResolver = XmlResolver.FileSystemResolver };
                    var settings = new XmlReaderSettings { XmlResolver = new XmlPreloadedResolver(new XmlUrlResolver()) };
                    text.XmlResolver = new XmlUrlResolver();
                }
            }
            """;
        Assert.Equal(["SG5011@7:42", "SG5011@8:48", "SG5011@9:9"], RuleHarness.Ids("SG5011", source));
    }

    [Fact]
    public void Resolvers_that_refuse_every_uri_on_modern_dotnet_stay_silent()
    {
        const string source = """
            using System.Xml;
            using System.Xml.Resolvers;
            class Xml
            {
                static void Run(XmlTextReader text, XmlResolver given)
                {
            #pragma warning disable SYSLIB0047
                    var document = new XmlDocument { XmlResolver = new XmlSecureResolver(new XmlUrlResolver(), "https://example.com/") };
                    var secure = new XmlSecureResolver(new XmlUrlResolver(), "https://example.com/");
            #pragma warning restore SYSLIB0047
                    var settings = new XmlReaderSettings { XmlResolver = secure };
                    text.XmlResolver = XmlResolver.ThrowingResolver;
                    settings.XmlResolver = new XmlPreloadedResolver();
                    document.XmlResolver = given;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5011", source));
    }

    [Fact]
    public void Xml_secure_resolver_is_reported_where_the_code_may_run_on_dotnet_framework()
    {
        const string source = """
            using System.Xml;
            [assembly: System.Runtime.Versioning.TargetFramework(".NETFramework,Version=v4.8")]
            class Xml
            {
                static void Run()
                {
            #pragma warning disable SYSLIB0047
                    var document = new XmlDocument { XmlResolver = new XmlSecureResolver(new XmlUrlResolver(), "https://example.com/") };
            #pragma warning restore SYSLIB0047
                }
            }
            """;
        Assert.Equal(["SG5011@8:42"], RuleHarness.Ids("SG5011", source));
    }
}
