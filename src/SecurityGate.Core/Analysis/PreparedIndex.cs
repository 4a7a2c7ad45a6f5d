using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// A project index walked ahead of an analysis (<see cref="AnalysisEngine.Prepare"/>), with what it was walked for: the
/// compilation, the rules whose syntax filters chose the candidates, and the trees to analyse. An analysis takes it
/// once, and only for exactly those.
/// </summary>
public sealed class PreparedIndex
{
    private readonly ImmutableArray<SecurityRule> _rules;
    private readonly SyntaxTree[] _trees;
    private ProjectIndex? _index;

    internal PreparedIndex(ProjectIndex index, ImmutableArray<SecurityRule> rules, SyntaxTree[] trees)
    {
        _index = index;
        _rules = rules;
        _trees = trees;
    }

    /// <summary>Whether an analysis has taken it.</summary>
    public bool IsTaken => Volatile.Read(ref _index) is null;

    // The candidates are handed over once (ProjectIndex.TakeCollectedNodes), so a second analysis must walk again.
    internal ProjectIndex? TakeFor(Compilation compilation, ImmutableArray<SecurityRule> rules, SyntaxTree[] trees)
    {
        var index = Volatile.Read(ref _index);
        return index != null
            && ReferenceEquals(index.Compilation, compilation)
            && ObjectSequences.Same(_rules, rules)
            && ObjectSequences.Same(_trees, trees)
            ? Interlocked.CompareExchange(ref _index, null, index) == index ? index : null
            : null;
    }
}
