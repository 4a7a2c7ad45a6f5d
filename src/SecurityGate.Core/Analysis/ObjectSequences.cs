namespace SecurityGate.Core.Analysis;

/// <summary>Comparisons of sequences by the identity of their items, for work reused only over the very same inputs.</summary>
internal static class ObjectSequences
{
    /// <summary>Whether both hold the same objects in the same order.</summary>
    public static bool Same<T>(IReadOnlyList<T> held, IReadOnlyList<T> asked)
        where T : class
    {
        if (held.Count != asked.Count)
        {
            return false;
        }

        for (var i = 0; i < held.Count; i++)
        {
            if (!ReferenceEquals(held[i], asked[i]))
            {
                return false;
            }
        }

        return true;
    }
}
