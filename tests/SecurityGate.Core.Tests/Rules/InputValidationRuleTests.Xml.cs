using Microsoft.CodeAnalysis;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// SG1008 on the runtime the tests compile against (.NET 10) unless a case declares another target framework.
public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Xml_readers_that_fetch_or_expand_without_a_cap_are_reported_at_the_input()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            using System.Xml.Resolvers;
            class Program
            {
                static void Main(string[] args)
                {
                    var unbounded = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, MaxCharactersFromEntities = 0 };
                    using var bomb = XmlReader.Create(Console.In, unbounded);
                    var document = new XmlDocument { XmlResolver = XmlResolver.FileSystemResolver };
                    document.LoadXml(Console.ReadLine()!);
                    using var text = new XmlTextReader(Console.In);
                    text.XmlResolver = new XmlPreloadedResolver(new XmlUrlResolver());
                    var resolver = new XmlUrlResolver();
                    var shared = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
                    shared.XmlResolver = resolver;
                    using var fromUri = XmlReader.Create(args[0], shared);
                }
            }
            """;
        Assert.Equal(["SG1008@10:43", "SG1008@12:26", "SG1008@13:44", "SG1008@18:46"], RuleHarness.Ids("SG1008", source));
    }

    [Fact]
    public void Xml_readers_without_a_resolver_or_with_one_that_refuses_stay_silent_on_modern_dotnet()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            using System.Xml.Resolvers;
            class Program
            {
                static void Main(string[] args)
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
                    using var reader = XmlReader.Create(new StringReader(Console.ReadLine()!), settings);
                    using var fromUri = XmlReader.Create(args[0], new XmlReaderSettings { ProhibitDtd = false, XmlResolver = null });
            #pragma warning disable SYSLIB0047
                    var document = new XmlDocument { XmlResolver = new XmlSecureResolver(new XmlUrlResolver(), "https://example.com/") };
            #pragma warning restore SYSLIB0047
                    document.LoadXml(Console.ReadLine()!);
                    var throwing = new XmlDocument { XmlResolver = XmlResolver.ThrowingResolver };
                    throwing.Load(Console.In);
                    using var text = new XmlTextReader(Console.In) { DtdProcessing = DtdProcessing.Parse };
                    text.XmlResolver = new XmlPreloadedResolver();
                    using var plain = new XmlTextReader(Console.In);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1008", source));
    }

    [Fact]
    public void Dtd_processing_without_a_resolver_is_reported_where_the_code_may_run_on_dotnet_framework()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            [assembly: System.Runtime.Versioning.TargetFramework(".NETFramework,Version=v4.8")]
            class Program
            {
                static void Main()
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
                    using var reader = XmlReader.Create(new StringReader(Console.ReadLine()!), settings);
            #pragma warning disable SYSLIB0047
                    var document = new XmlDocument { XmlResolver = new XmlSecureResolver(new XmlUrlResolver(), "https://example.com/") };
            #pragma warning restore SYSLIB0047
                    document.LoadXml(Console.ReadLine()!);
                    using var text = new XmlTextReader(Console.In) { DtdProcessing = DtdProcessing.Parse };
                }
            }
            """;
        Assert.Equal(["SG1008@10:45", "SG1008@14:26", "SG1008@15:44"], RuleHarness.Ids("SG1008", source));
    }

    [Fact]
    public void Dtd_processing_with_a_null_resolver_or_constant_xml_stays_silent_where_the_code_may_run_on_dotnet_framework()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Xml;
            [assembly: System.Runtime.Versioning.TargetFramework(".NETStandard,Version=v2.0")]
            class Program
            {
                static void Main()
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
                    using var reader = XmlReader.Create(new StringReader(Console.ReadLine()!), settings);
                    var parsing = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
                    using var fixedReader = XmlReader.Create(new StringReader("<!DOCTYPE a []><a/>"), parsing);
                    var document = new XmlDocument();
                    document.LoadXml(Console.ReadLine()!);
                    using var text = new XmlTextReader(Console.In) { DtdProcessing = DtdProcessing.Parse };
                    text.XmlResolver = null;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1008", source));
    }

    [Theory]
    [InlineData("System.Runtime", "10.0.0.0", 10)]
    [InlineData("System.Runtime", "7.0.0.0", 7)]
    [InlineData("System.Private.CoreLib", "6.0.0.0", 6)]
    [InlineData("System.Runtime", "4.2.2.0", null)]
    [InlineData("mscorlib", "4.0.0.0", null)]
    [InlineData("netstandard", "2.0.0.0", null)]
    public void Target_runtime_is_read_from_the_core_library(string name, string version, int? expected) =>
        Assert.Equal(expected, TargetRuntime.DotNetVersionOf(new AssemblyIdentity(name, Version.Parse(version))));

    [Theory]
    [InlineData(".NETCoreApp,Version=v10.0", 10)]
    [InlineData(".NETCoreApp,Version=v6.0", 6)]
    [InlineData(".NETCoreApp,Version=v3.1", null)]
    [InlineData(".NETFramework,Version=v4.8", null)]
    [InlineData(".NETStandard,Version=v2.0", null)]
    [InlineData("not a moniker", null)]
    public void Target_runtime_is_read_from_the_target_framework_attribute(string moniker, int? expected) =>
        Assert.Equal(expected, TargetRuntime.DotNetVersionOf(moniker));
}
