using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// A serializer bound to one type is unsafe only when the sender names that type.
public sealed class HardcodedConfigDeserializerTypeTests
{
    [Fact]
    public void Serializer_type_chosen_by_external_data_is_reported()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Json;
            using System.Xml.Serialization;
            using Microsoft.AspNetCore.Mvc;
            public sealed class ImportController : ControllerBase
            {
                public IActionResult Xml(string type, string body) =>
                    Ok(new XmlSerializer(Type.GetType(type)!).Deserialize(new StringReader(body)));
                public IActionResult Json(string body)
                {
                    var chosen = Type.GetType(Request.Query["type"]!)!;
                    var serializer = new DataContractJsonSerializer(chosen);
                    return Ok(serializer.ReadObject(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body))));
                }
                public IActionResult Contract(string type, Stream body) => Ok(new DataContractSerializer(Type.GetType(type)!).ReadObject(body));
            }
            """;
        Assert.Equal(["SG5010@10:30", "SG5010@14:57", "SG5010@17:94"], RuleHarness.Ids("SG5010", source));
        var finding = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG5010" && f.Location.StartLine == 10);
        Assert.Contains("XmlSerializer deserializes the type 'Type.GetType(type)!', which is external data", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializer_type_fixed_by_the_program_stays_silent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Runtime.Serialization.Json;
            using System.Xml.Serialization;
            using Microsoft.AspNetCore.Mvc;
            public sealed class Order { public string? Id { get; set; } }
            public sealed class Invoice { public string? Id { get; set; } }
            public sealed class ImportController : ControllerBase
            {
                private static readonly Dictionary<string, Type> Known = new() { ["order"] = typeof(Order), ["invoice"] = typeof(Invoice) };
                public IActionResult Xml(string body) => Ok(new XmlSerializer(typeof(Order)).Deserialize(new StringReader(body)));
                public IActionResult Named(string body) => Ok(new XmlSerializer(Type.GetType("Order")!).Deserialize(new StringReader(body)));
                public IActionResult Listed(string kind, Stream body) =>
                    Known.TryGetValue(kind, out var type) ? Ok(new DataContractJsonSerializer(Known[kind]).ReadObject(body)) : Ok();
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5010", source));
    }
}
