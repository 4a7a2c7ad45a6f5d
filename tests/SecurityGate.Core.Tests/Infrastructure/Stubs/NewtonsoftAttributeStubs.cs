namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Newtonsoft.Json's serialization attributes, with the type-name settings of the real library.</summary>
internal static class NewtonsoftAttributeStubs
{
    public const string Source =
        """
        namespace Newtonsoft.Json
        {
            [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property | System.AttributeTargets.Parameter)]
            public sealed class JsonPropertyAttribute : System.Attribute
            {
                public JsonPropertyAttribute() { }
                public JsonPropertyAttribute(string propertyName) { PropertyName = propertyName; }
                public string? PropertyName { get; set; }
                public TypeNameHandling TypeNameHandling { get; set; }
                public TypeNameHandling ItemTypeNameHandling { get; set; }
            }
            public abstract class JsonContainerAttribute : System.Attribute
            {
                public string? Id { get; set; }
                public TypeNameHandling ItemTypeNameHandling { get; set; }
            }
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Interface)]
            public sealed class JsonObjectAttribute : JsonContainerAttribute { }
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Interface)]
            public sealed class JsonArrayAttribute : JsonContainerAttribute { }
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Interface)]
            public sealed class JsonDictionaryAttribute : JsonContainerAttribute { }
        }
        """;
}
