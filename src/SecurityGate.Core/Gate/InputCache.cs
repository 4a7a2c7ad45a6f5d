using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Core.Gate;

/// <summary>
/// Reference assemblies and parsed sources read ahead of the analysis (by <see cref="EngineWarmUp"/> while the
/// compiler runs), handed to the analysis for every file that has not changed since it was read.
/// </summary>
/// <remarks>
/// Roslyn keeps the symbols it builds for a reference with the reference's metadata, so a compilation given the same
/// reference objects as an earlier one starts with their namespaces, types and members already read. A syntax tree
/// depends only on the file's text and the parse options, so a tree parsed earlier is the tree the analysis would
/// parse, as long as the file is unchanged (same size and write time, which MSBuild's own up-to-date checks trust)
/// and the options are equal.
/// </remarks>
public sealed class InputCache
{
    private readonly ConcurrentDictionary<string, Lazy<Entry<MetadataReference>>> _references = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<SyntaxTree>> _trees = new(StringComparer.Ordinal);

    /// <summary>How many reference files are held.</summary>
    public int ReferenceCount => _references.Count;

    /// <summary>How many parsed sources are held.</summary>
    public int TreeCount => _trees.Count;

    /// <summary>The reference for <paramref name="path"/>, read again when the file changed since it was read.</summary>
    public MetadataReference Reference(string path)
    {
        var stamp = Stamp.Of(path);
        // PublicationOnly: a read that failed (a file locked for a moment) is tried again, not replayed.
        var entry = _references.GetOrAdd(path, p => new(() => new Entry<MetadataReference>(stamp, Read(p)), LazyThreadSafetyMode.PublicationOnly)).Value;
        if (entry.Stamp == stamp)
        {
            return entry.Value;
        }

        // Rebuilt between the warm-up and the analysis (a referenced project compiled meanwhile): the analysis must
        // see the file as the compiler did.
        var fresh = new Lazy<Entry<MetadataReference>>(() => new Entry<MetadataReference>(stamp, Read(path)), LazyThreadSafetyMode.PublicationOnly);
        _references[path] = fresh;
        return fresh.Value.Value;
    }

    /// <summary>The tree parsed from <paramref name="path"/> with <paramref name="options"/>, if the file is unchanged since.</summary>
    public SyntaxTree? Tree(string path, ParseOptions options) =>
        _trees.TryGetValue(path, out var entry) && entry.Value.Options.Equals(options) && entry.Stamp == Stamp.Of(path) ? entry.Value : null;

    /// <summary>Keeps a tree parsed from <paramref name="path"/> as it was at <paramref name="stamp"/> (taken before reading it).</summary>
    public void Add(string path, Stamp stamp, SyntaxTree tree) => _trees[path] = new Entry<SyntaxTree>(stamp, tree);

    /// <summary>Lets go of everything held, for work that will not be collected (the compiler failed).</summary>
    public void Clear()
    {
        _references.Clear();
        _trees.Clear();
    }

    private static MetadataReference Read(string path) => MetadataReference.CreateFromFile(path, MetadataReferenceProperties.Assembly);

    /// <summary>A file's size and last write time.</summary>
    public readonly record struct Stamp(DateTime WrittenUtc, long Length)
    {
        /// <summary>The file's stamp now; a missing file has an empty one.</summary>
        public static Stamp Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new Stamp(file.LastWriteTimeUtc, file.Length) : default;
        }
    }

    private sealed record Entry<T>(Stamp Stamp, T Value);
}
