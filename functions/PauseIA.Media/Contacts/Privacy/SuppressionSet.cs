namespace PauseIA.Media.Contacts.Privacy;

/// <summary>The whole suppression list in memory, for imports and segment resolution that check thousands of addresses.</summary>
public sealed class SuppressionSet(IReadOnlyDictionary<string, SuppressionEntry> entries, Func<string, string> hash)
{
    public int Count => entries.Count;

    public SuppressionEntry? Find(string email) =>
        entries.Count > 0 && entries.TryGetValue(hash(email), out var entry) ? entry : null;

    public SuppressionReason? Reason(string email) => Find(email)?.Reason;
}
