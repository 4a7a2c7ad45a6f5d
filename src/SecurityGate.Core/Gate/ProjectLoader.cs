using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Gate;

/// <summary>The parsed project: its compilation and which trees to analyse.</summary>
/// <param name="Compilation">All sources over the project's references.</param>
/// <param name="TreesToAnalyze">Trees neither excluded nor generated.</param>
public sealed record LoadedProject(CSharpCompilation Compilation, ImmutableArray<SyntaxTree> TreesToAnalyze);

/// <summary>
/// Reads and parses the project's sources with the project's own language options, in parallel, and builds a
/// compilation over its references for semantic checks. Unreadable and unparsable files become errors.
/// </summary>
public static class ProjectLoader
{
    private static readonly string[] GeneratedSuffixes = [".g.cs", ".g.i.cs", ".designer.cs", ".generated.cs", ".AssemblyInfo.cs", ".AssemblyAttributes.cs", ".GlobalUsings.g.cs"];

    /// <summary>Loads the project; problems go to <paramref name="errors"/>.</summary>
    public static LoadedProject Load(GateRequest request, Policy.GatePolicy policy, List<GateMessage> errors, CancellationToken cancellationToken = default)
    {
        var parseOptions = ParseOptions(request);
        var files = request.SourceFiles.Concat(request.GeneratedSourceFiles).Distinct(StringComparer.Ordinal).ToArray();
        var generatorOutput = request.GeneratedSourceFiles.ToHashSet(StringComparer.Ordinal);
        var trees = new SyntaxTree?[files.Length];
        var problems = new ConcurrentBag<(int Index, GateMessage Message)>();

        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)), CancellationToken = cancellationToken }, i =>
        {
            var (tree, unreadable) = ReadAndParse(files[i], parseOptions, request.Inputs, cancellationToken);
            if ((unreadable ?? ParseError(tree!, cancellationToken)) is { } problem)
            {
                problems.Add((i, problem));
            }

            trees[i] = tree;
        });

        errors.AddRange(problems.OrderBy(p => p.Index).Select(p => p.Message));
        var parsed = trees.OfType<SyntaxTree>().ToImmutableArray();
        var toAnalyze = SelectTreesToAnalyze(parsed, generatorOutput, request, policy, cancellationToken);

        var references = request.ReferencePaths
            .Distinct(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(p => request.Inputs?.Reference(p) ?? MetadataReference.CreateFromFile(p, MetadataReferenceProperties.Assembly))
            .ToArray();
        var compilation = CSharpCompilation.Create(request.AssemblyName, parsed, references, CompilationOptions(request));
        return new LoadedProject(compilation, toAnalyze);
    }

    /// <summary>
    /// The project as the compiler built it: its compilation, with the trees to analyse chosen as <see cref="Load"/>
    /// chooses them. A tree that is not one of the request's sources came from a source generator. Such trees stay
    /// only when the build process would read them too (<see cref="GateRequest.ReadsGeneratorOutput"/>), and are then
    /// treated as there: bound and followed by data flow, analysed only when the policy analyses generated code.
    /// </summary>
    public static LoadedProject FromCompilation(GateRequest request, Policy.GatePolicy policy, CSharpCompilation compilation, CancellationToken cancellationToken = default)
    {
        // The compiler keeps a path as its command line resolved it: a linked file is 'App/../Shared/Link.cs', where the
        // build's items, and so the analysis in the build process, say 'Shared/Link.cs'. Findings name files by their
        // tree, so such trees are renamed.
        static string Normalized(string path) => Path.IsPathRooted(path) ? Path.GetFullPath(path) : path;
        // A source taken for generator output would go unanalysed: where file names ignore case, so does this.
        var samePath = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var sources = request.SourceFiles.Select(Normalized).ToHashSet(samePath);
        var trees = compilation.SyntaxTrees.Select(t => (Tree: t, Path: Normalized(t.FilePath))).ToArray();
        var kept = request.ReadsGeneratorOutput ? trees : trees.Where(t => sources.Contains(t.Path)).ToArray();
        if (kept.Length < trees.Length || kept.Any(t => t.Path != t.Tree.FilePath))
        {
            // A compilation of its own: the compiler's, with its analyzer event queue, must not be changed. The
            // references' metadata is reused; the source symbols are built again.
            compilation = CSharpCompilation.Create(
                compilation.AssemblyName,
                kept.Select(t => t.Path == t.Tree.FilePath ? t.Tree : t.Tree.WithFilePath(t.Path)),
                compilation.References,
                compilation.Options);
        }

        var generatorOutput = compilation.SyntaxTrees.Select(t => t.FilePath).Where(p => !sources.Contains(p)).ToHashSet(samePath);
        return new LoadedProject(compilation, SelectTreesToAnalyze(compilation.SyntaxTrees, generatorOutput, request, policy, cancellationToken));
    }

    // Trees the compiler cannot read cleanly, generated code (unless the policy asks for it) and excluded files stay out.
    private static ImmutableArray<SyntaxTree> SelectTreesToAnalyze(IEnumerable<SyntaxTree> trees, HashSet<string> generatorOutput, GateRequest request, Policy.GatePolicy policy, CancellationToken cancellationToken)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(request.ProjectFile)) ?? ".";
        var excludeRoot = policy.PolicyFile is null ? projectDirectory : Path.GetDirectoryName(policy.PolicyFile)!;
        var exclude = new GlobMatcher(policy.Exclude);
        return trees
            .Where(t => !t.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error))
            .Where(t => policy.AnalyzeGeneratedCode || (!generatorOutput.Contains(t.FilePath) && !IsGenerated(t, cancellationToken)))
            .Where(t => policy.Exclude.Count == 0 || !exclude.IsMatch(Path.GetRelativePath(excludeRoot, t.FilePath)))
            .ToImmutableArray();
    }

    /// <summary>
    /// Parses the request's files into <see cref="GateRequest.Inputs"/> one at a time, skipping those already there, so
    /// a later <see cref="Load"/> finds them parsed. Files that cannot be read are left for that load to report.
    /// </summary>
    public static void ParseAhead(GateRequest request, CancellationToken cancellationToken)
    {
        var inputs = request.Inputs ?? throw new ArgumentException("Parsing ahead needs a cache to parse into", nameof(request));
        var parseOptions = ParseOptions(request);
        foreach (var path in request.SourceFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = ReadAndParse(path, parseOptions, inputs, cancellationToken);
        }
    }

    // A tree from the cache when the file is unchanged; otherwise the file is read, parsed and, with a cache, kept.
    private static (SyntaxTree? Tree, GateMessage? Unreadable) ReadAndParse(string path, CSharpParseOptions parseOptions, InputCache? inputs, CancellationToken cancellationToken)
    {
        if (inputs?.Tree(path, parseOptions) is { } cached)
        {
            return (cached, null);
        }

        // Taken before reading: a write while the file is read leaves a stamp that no longer matches.
        var stamp = InputCache.Stamp.Of(path);
        SourceText text;
        try
        {
            using var stream = File.OpenRead(path);
            text = SourceText.From(stream, encoding: null, checksumAlgorithm: SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, GateMessage.ConfigurationError(RuleCatalogue.UnreadableFileId, SourceSpan.FileOnly(path), $"The source file cannot be read: {e.Message}"));
        }

        // The tree keeps the tokens, not the text (see LineStarts): a tree made from the parsed root shares its nodes.
        var parsed = CSharpSyntaxTree.ParseText(text, parseOptions, path, cancellationToken);
        var tree = CSharpSyntaxTree.Create((CSharpSyntaxNode)parsed.GetRoot(cancellationToken), parseOptions, path, text.Encoding);
        LineStarts.Remember(tree, text);
        inputs?.Add(path, stamp, tree);
        return (tree, null);
    }

    // SG0003 at the tree's first syntax error, or null for a tree this parser reads cleanly.
    private static GateMessage? ParseError(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var firstError = tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return firstError is null
            ? null
            : GateMessage.ConfigurationError(
                RuleCatalogue.SourceParseErrorId,
                Analysis.OriginAnalyzer.SpanOf(firstError.Location),
                $"SecurityGate's C# parser (Roslyn {typeof(CSharpSyntaxTree).Assembly.GetName().Version}) cannot parse this file ({firstError.Id}: {firstError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); the file was not analysed. Update SecurityGate.Build or set LangVersion");
    }

    /// <summary>Parse options from the project's <c>LangVersion</c> and <c>DefineConstants</c>.</summary>
    public static CSharpParseOptions ParseOptions(GateRequest request)
    {
        var version = LanguageVersion.Default;
        if (!string.IsNullOrWhiteSpace(request.LangVersion) && !LanguageVersionFacts.TryParse(request.LangVersion.Trim(), out version))
        {
            // A version newer than this parser knows: parse with everything it supports.
            version = LanguageVersion.Preview;
        }

        var symbols = (request.DefineConstants ?? string.Empty)
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // No rule reads nullable flow state, and with nullable on the first binding in a method runs the nullable
        // walker over the whole method: measured, that made demand-driven binding cost as much as binding everything.
        return new CSharpParseOptions(version, DocumentationMode.None, SourceCodeKind.Regular, symbols)
            .WithFeatures([new KeyValuePair<string, string>("run-nullable-analysis", "never")]);
    }

    private static CSharpCompilationOptions CompilationOptions(GateRequest request)
    {
        var kind = request.OutputType?.Trim().ToLowerInvariant() switch
        {
            "exe" => OutputKind.ConsoleApplication,
            "winexe" => OutputKind.WindowsApplication,
            "module" => OutputKind.NetModule,
            _ => OutputKind.DynamicallyLinkedLibrary,
        };
        var nullable = request.Nullable?.Trim().ToLowerInvariant() switch
        {
            "enable" => NullableContextOptions.Enable,
            "warnings" => NullableContextOptions.Warnings,
            "annotations" => NullableContextOptions.Annotations,
            _ => NullableContextOptions.Disable,
        };
        return new CSharpCompilationOptions(kind, nullableContextOptions: nullable, allowUnsafe: request.AllowUnsafeBlocks, concurrentBuild: false);
    }

    /// <summary>Generated code: a generated file name, or an <c>&lt;auto-generated&gt;</c> comment before the first token.</summary>
    public static bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(tree.FilePath);
        if (GeneratedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                && trivia.ToString().Contains("<auto-generated", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
