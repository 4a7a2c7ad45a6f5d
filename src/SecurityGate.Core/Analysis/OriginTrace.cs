using System.Collections.Immutable;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Analysis;

/// <summary>The origin of a value and the hops that carried it, source first.</summary>
/// <param name="Origin">The least trusted origin among the values that can reach the point.</param>
/// <param name="Path">The hops of the least trusted contribution, source first.</param>
public readonly record struct OriginTrace(Origin Origin, ImmutableArray<FlowStep> Path)
{
    /// <summary>A constant with no path.</summary>
    public static OriginTrace Constant { get; } = new(Origin.Constant, []);

    /// <summary>Computed inside the program, with no path worth showing.</summary>
    public static OriginTrace Internal { get; } = new(Origin.Internal, []);

    /// <summary>The less trusted of two traces; on a tie the first wins, which keeps results deterministic.</summary>
    public static OriginTrace Max(OriginTrace a, OriginTrace b) => b.Origin > a.Origin ? b : a;

    /// <summary>This trace with one more hop at the end.</summary>
    public OriginTrace Then(FlowStep step) => Origin == Origin.Constant ? this : this with { Path = (Path.IsDefault ? [] : Path).Add(step) };

    /// <summary>This trace lowered to at most <paramref name="ceiling"/>, as a sanitiser does.</summary>
    public OriginTrace AtMost(Origin ceiling) => Origin > ceiling ? new OriginTrace(ceiling, []) : this;

    /// <summary>"from X at File.cs:12, via Y" for messages; empty for constants.</summary>
    public string Describe()
    {
        if (Path.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        // A path can start with a hop when the value it carries has no source of its own (internal data, a service).
        var first = Path[0];
        var from = first.Description.StartsWith("via ", StringComparison.Ordinal) ? string.Empty : "from ";
        var text = $"{from}{first.Description} at {System.IO.Path.GetFileName(first.Location.FilePath)}:{first.Location.StartLine}";
        foreach (var step in Path.Skip(1))
        {
            text += $", {step.Description}";
        }

        return text;
    }
}
