using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Where each line of a loaded source file starts. The loader keeps its trees without their source text (a second
/// copy of every file, as UTF-16, beside the tokens that already hold it), and a tree without text builds the whole
/// text again the first time a line is asked for: data flow asks for the line of every hop it records, in about a
/// quarter of the files, and rebuilding their text made the rules a quarter slower on a 200k-line project. The line
/// starts are four bytes a line, kept for as long as the tree lives.
/// </summary>
internal static class LineStarts
{
    private static readonly ConditionalWeakTable<SyntaxTree, int[]> Known = new();

    /// <summary>Keeps the line starts of <paramref name="text"/>, the text <paramref name="tree"/> was parsed from.</summary>
    public static void Remember(SyntaxTree tree, SourceText text)
    {
        var lines = text.Lines;
        var starts = new int[lines.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = lines[i].Start;
        }

        Known.AddOrUpdate(tree, starts);
    }

    /// <summary>
    /// The 1-based lines and columns of <paramref name="location"/>, as <see cref="Location.GetLineSpan"/> gives them
    /// (columns count UTF-16 code units), without asking the tree for its text when its line starts are known.
    /// </summary>
    public static FileLinePositionSpan LineSpan(Location location)
    {
        if (location.SourceTree is not { } tree || !Known.TryGetValue(tree, out var starts))
        {
            return location.GetLineSpan();
        }

        var span = location.SourceSpan;
        return new FileLinePositionSpan(tree.FilePath, Position(starts, span.Start), Position(starts, span.End));
    }

    private static LinePosition Position(int[] starts, int position)
    {
        var line = Array.BinarySearch(starts, position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, position - starts[line]);
    }
}
