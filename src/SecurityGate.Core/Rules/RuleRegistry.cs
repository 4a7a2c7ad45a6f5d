using System.Collections.Immutable;

namespace SecurityGate.Core.Rules;

/// <summary>The rules the gate runs, in ID order.</summary>
public static class RuleRegistry
{
    /// <summary>Every rule implementation, discovered from this assembly so a new rule file needs no registration.</summary>
    public static ImmutableArray<SecurityRule> All { get; } = typeof(SecurityRule).Assembly
        .GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(SecurityRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
        .Select(t => (SecurityRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ThenBy(r => r.GetType().Name, StringComparer.Ordinal)
        .ToImmutableArray();
}
