using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Core.Gate;

/// <summary>
/// Reference assemblies read once and handed to every compilation that names them. Roslyn keeps the symbols it
/// builds for a reference with the reference's metadata, so a compilation given the same objects as an earlier one
/// (the warm-up) starts with their namespaces, types and members already read.
/// </summary>
public sealed class ReferenceCache
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);

    /// <summary>How many reference files are held.</summary>
    public int Count => _entries.Count;

    /// <summary>The reference for <paramref name="path"/>, read again when the file changed since it was read.</summary>
    public MetadataReference Get(string path)
    {
        var file = new FileInfo(path);
        var stamp = (file.LastWriteTimeUtc, file.Length);
        var entry = _entries.GetOrAdd(path, Read).Value;
        if (entry.Stamp == stamp)
        {
            return entry.Reference;
        }

        // Rebuilt between the warm-up and the analysis (a referenced project compiled meanwhile): the analysis must
        // see the file as the compiler did.
        var fresh = new Lazy<Entry>(() => new Entry(stamp, Create(path)));
        _entries[path] = fresh;
        return fresh.Value.Reference;
    }

    private static Lazy<Entry> Read(string path) => new(() =>
    {
        var file = new FileInfo(path);
        return new Entry((file.LastWriteTimeUtc, file.Length), Create(path));
    });

    private static MetadataReference Create(string path) => MetadataReference.CreateFromFile(path, MetadataReferenceProperties.Assembly);

    private sealed record Entry((DateTime Written, long Length) Stamp, MetadataReference Reference);
}
