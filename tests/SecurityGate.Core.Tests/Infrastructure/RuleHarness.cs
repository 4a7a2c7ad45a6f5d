using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Infrastructure;

/// <summary>
/// Compiles C# snippets against the running framework's assemblies plus small stubs for third-party APIs,
/// runs rules over them and returns findings as "ID@line:column" strings for exact assertions.
/// </summary>
internal static class RuleHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>Runs every rule of the catalogue over the sources; each source is a file named File0.cs, File1.cs, ….</summary>
    public static ImmutableArray<Finding> Analyze(params string[] sources) => Analyze(RuleRegistry.All, sources);

    /// <summary>Runs the given rules over the sources.</summary>
    public static ImmutableArray<Finding> Analyze(IEnumerable<SecurityRule> rules, params string[] sources)
    {
        var compilation = Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Test source does not compile:\n" + string.Join("\n", errors));
        return new AnalysisEngine(rules).Analyze(compilation, compilation.SyntaxTrees.Where(t => !t.FilePath.StartsWith("Stubs", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Findings of the rules whose ID starts with <paramref name="idPrefix"/>, as "ID@line:column", keeping only those
    /// whose origin reaches the category's default minimum origin (what a build with the default policy reports).
    /// </summary>
    public static string[] Ids(string idPrefix, params string[] sources) =>
        Analyze(sources).Where(f => f.Rule.Id.StartsWith(idPrefix, StringComparison.Ordinal) && f.Origin >= RuleCatalogue.DefaultMinimumOrigin(f.Rule.Category))
            .Select(f => $"{f.Rule.Id}@{f.Location.StartLine}:{f.Location.StartColumn}").ToArray();

    /// <summary>Like <see cref="Ids"/> but with each finding's origin: "ID@line:column:origin".</summary>
    public static string[] IdsWithOrigin(string idPrefix, params string[] sources) =>
        Analyze(sources).Where(f => f.Rule.Id.StartsWith(idPrefix, StringComparison.Ordinal))
            .Select(f => $"{f.Rule.Id}@{f.Location.StartLine}:{f.Location.StartColumn}:{OriginNames.ToName(f.Origin)}").ToArray();

    /// <summary>
    /// Like <see cref="Ids"/>, with <paramref name="library"/> compiled into an assembly the sources reference, so its
    /// members have no source, as a NuGet package's or the framework's have not (the stubs are source).
    /// </summary>
    public static string[] IdsWithLibrary(string idPrefix, string library, params string[] sources) =>
        IdsOf(idPrefix, Compile([Library(library)], sources, ThirdPartyStubs.Sources));

    /// <summary>
    /// Like <see cref="Ids"/>, with the given third-party stubs compiled into an assembly the sources reference instead
    /// of into the sources, so the library they declare has no source, as the real package has not: data flow then sees
    /// its calls as library calls, whose results derive from their arguments.
    /// </summary>
    public static string[] IdsWithStubsAsPackage(string idPrefix, string[] packageStubs, params string[] sources) =>
        IdsOf(idPrefix, Compile([Library(string.Join("\n", packageStubs))], sources, ThirdPartyStubs.Sources.Except(packageStubs).ToArray()));

    public static CSharpCompilation Compile(params string[] sources) => Compile([], sources, ThirdPartyStubs.Sources);

    private static string[] IdsOf(string idPrefix, CSharpCompilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Test source does not compile:\n" + string.Join("\n", errors));
        return new AnalysisEngine(RuleRegistry.All).Analyze(compilation, compilation.SyntaxTrees.Where(t => !t.FilePath.StartsWith("Stubs", StringComparison.Ordinal)))
            .Where(f => f.Rule.Id.StartsWith(idPrefix, StringComparison.Ordinal) && f.Origin >= RuleCatalogue.DefaultMinimumOrigin(f.Rule.Category))
            .Select(f => $"{f.Rule.Id}@{f.Location.StartLine}:{f.Location.StartColumn}").ToArray();
    }

    private static CSharpCompilation Compile(MetadataReference[] libraries, string[] sources, string[] stubs)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"File{i}.cs"))
            .Concat(stubs.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"Stubs{i}.cs")));
        return CSharpCompilation.Create(
            "TestAssembly",
            trees,
            FrameworkReferences.Value.AddRange(libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    private static MetadataReference Library(string source)
    {
        var library = CSharpCompilation.Create(
            "TestLibrary",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
            FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, "Test library does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
