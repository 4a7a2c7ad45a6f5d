using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// The runtime a project is built for. The SDK writes it into the assembly as
/// <c>[assembly: TargetFramework(".NETCoreApp,Version=v10.0")]</c>; without that attribute the references tell: the
/// assembly that defines <c>System.Object</c> is <c>System.Runtime</c> (reference packs) or <c>System.Private.CoreLib</c>
/// on .NET Core and .NET 5+, whose version is the .NET version, <c>mscorlib</c> on .NET Framework and <c>netstandard</c>
/// for a .NET Standard library. Some APIs behave differently across these (XML resolvers among them), so a rule asks
/// here before it calls a setting dangerous.
/// </summary>
internal sealed class TargetRuntime
{
    private static readonly ConditionalWeakTable<Compilation, TargetRuntime> Known = new();

    private TargetRuntime(int? dotNetVersion) => DotNetVersion = dotNetVersion;

    /// <summary>
    /// The major version of .NET 5 or later the project is built for; null when the code may run on .NET Framework
    /// (mscorlib, a .NET Standard library) or on a .NET Core older than 5, where the rules keep their older defaults.
    /// </summary>
    public int? DotNetVersion { get; }

    /// <summary>
    /// Whether <c>XmlReaderSettings</c>, <c>XmlTextReader</c> and <c>XmlDocument</c> read no external entity unless a
    /// resolver is set: true on .NET 5+ (measured on .NET 10: an external entity expands to nothing). On .NET Framework
    /// that depends on the target framework of the application that loads the code (below 4.5.2 an <c>XmlUrlResolver</c>
    /// is the default) and on its configuration, which a build of a library cannot see.
    /// </summary>
    public bool XmlResolverNullByDefault => DotNetVersion is not null;

    /// <summary>
    /// Whether a number parser's <c>FormatException</c> quotes the text it failed on (<c>The input string '…' was not in
    /// a correct format.</c>), line breaks and all: .NET 8 and later (measured on .NET 10); earlier runtimes do not.
    /// </summary>
    public bool ParseFailureQuotesInput => DotNetVersion >= 8;

    /// <summary>
    /// Whether <c>XmlSecureResolver</c> refuses every URI: true from .NET 7 (measured on .NET 10: "Resolving of external
    /// URIs was prohibited"). Before, on .NET Core it passed every request to the resolver it wraps, and on .NET Framework
    /// it fetches what its evidence permits.
    /// </summary>
    public bool XmlSecureResolverRefusesAll => DotNetVersion >= 7;

    /// <summary>The runtime of a compilation, worked out once per compilation.</summary>
    public static TargetRuntime Of(Compilation compilation) =>
        Known.GetValue(compilation, c => new TargetRuntime(DeclaredMoniker(c) is { } moniker
            ? DotNetVersionOf(moniker)
            : DotNetVersionOf(c.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Identity)));

    /// <summary>The .NET 5+ major version a target framework moniker (".NETCoreApp,Version=v10.0") stands for, or null.</summary>
    internal static int? DotNetVersionOf(string moniker)
    {
        try
        {
            var framework = new System.Runtime.Versioning.FrameworkName(moniker);
            return framework.Identifier == ".NETCoreApp" && framework.Version.Major >= 5 ? framework.Version.Major : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The .NET 5+ major version a core library stands for, or null (see <see cref="DotNetVersion"/>).</summary>
    internal static int? DotNetVersionOf(AssemblyIdentity? coreLibrary) =>
        coreLibrary is { Name: "System.Runtime" or "System.Private.CoreLib", Version.Major: >= 5 and var major } ? major : null;

    private static string? DeclaredMoniker(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "TargetFrameworkAttribute" } type && KnownApis.FullName(type) == "System.Runtime.Versioning.TargetFrameworkAttribute"
                && attribute.ConstructorArguments is [{ Value: string moniker }])
            {
                return moniker;
            }
        }

        return null;
    }
}
