namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>The ASP.NET Core Identity attributes that mark personal data.</summary>
internal static class AspNetCoreIdentityStubs
{
    public const string Source =
        """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        """;
}
