using System.Collections.Immutable;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Model;

/// <summary>A security defect found in a source file.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Location">The span of the offending expression or statement.</param>
/// <param name="Message">A short, specific message: what reaches what, from where, and the fix.</param>
/// <param name="Origin">Where the data came from.</param>
/// <param name="Path">The hops from the source to the sink, source first; empty for findings without data flow.</param>
/// <param name="Fingerprint">A location-independent identity: rule, enclosing symbol and normalised expression.</param>
public sealed record Finding(
    RuleDescriptor Rule,
    SourceSpan Location,
    string Message,
    Origin Origin,
    ImmutableArray<FlowStep> Path,
    string Fingerprint)
{
    /// <summary>The suppression in source that covers this finding, if any.</summary>
    public Suppression? Suppression { get; init; }
}
