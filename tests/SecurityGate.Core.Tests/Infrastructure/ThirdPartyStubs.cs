using System.Reflection;

namespace SecurityGate.Core.Tests.Infrastructure;

/// <summary>
/// Minimal declarations of third-party APIs (ASP.NET Core, logging libraries, data access, directory services)
/// with their real namespaces and names, so rule tests bind the same symbols a real project would without
/// extra packages. Each file in <c>Infrastructure/Stubs</c> is a static class with a <c>const string Source</c>;
/// all of them are compiled into every test compilation. Keep signatures faithful to the real library.
/// </summary>
internal static class ThirdPartyStubs
{
    public static readonly string[] Sources = typeof(ThirdPartyStubs).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ThirdPartyStubs).Namespace + ".Stubs")
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => t.GetField("Source", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string)
        .OfType<string>()
        .ToArray();
}
