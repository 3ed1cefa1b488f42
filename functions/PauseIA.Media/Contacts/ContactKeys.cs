using System.Text;

namespace PauseIA.Media.Contacts;

/// <summary>
/// The keys of the <c>contacts</c> and <c>contactactivity</c> tables.
/// <para>
/// PartitionKey is the first character of the normalized address (<c>0-9</c>, <c>a-z</c>, else <c>_</c>)
/// and RowKey is the address itself, because:
/// </para>
/// <list type="bullet">
/// <item>finding a contact by email, the most frequent read (every inquiry, event and send), is a point
/// read: both keys come from the address;</item>
/// <item>a query over the table returns contacts sorted by address, so the console pages alphabetically
/// with a keyset continuation, without sorting;</item>
/// <item>an import spreads over at most 37 partitions, so its writes fill entity-group transactions of 100
/// (they must hold one partition), where a partition per address would allow no batching and one per
/// outlet domain would make small, uneven batches and a hot partition for gmail.com;</item>
/// <item>a segment is resolved by a few queries over contiguous partition ranges, run in parallel
/// (<see cref="PartitionRanges"/>): Azure scans each range on its own, and fewer, fuller pages mean
/// fewer round trips (and fewer full scans in Azurite, which evaluates every page over the whole table).
/// Segment fields (city, beats, media type…) change, so they cannot be keys; at a press office's scale
/// (thousands, at most tens of thousands of contacts) a projected parallel scan answers in well under a
/// second, and secondary index rows, which Table storage cannot update atomically across partitions,
/// would be one more thing to drift.</item>
/// </list>
/// <para>
/// A contact's activity lives in the same partition of <c>contactactivity</c>, with RowKey
/// <c>{address}|{inverted ticks}-{id}</c>: the timeline is one range query, newest first, and an import
/// batches the activity rows with the same grouping. <c>|</c> cannot occur in a domain, so one contact's
/// range never includes another's rows.
/// </para>
/// </summary>
public static class ContactKeys
{
    /// <summary>Every partition, in key order.</summary>
    public static IReadOnlyList<string> Partitions { get; } = "0123456789_abcdefghijklmnopqrstuvwxyz".Select(c => c.ToString()).ToList();

    /// <summary>The partitions cut into 8 contiguous ranges (<c>To</c> excluded; null for the last), for parallel scans.</summary>
    public static IReadOnlyList<(string From, string? To)> PartitionRanges { get; } =
        Partitions.Chunk(5).Select((chunk, i) => (chunk[0], i * 5 + 5 < Partitions.Count ? Partitions[i * 5 + 5] : null)).ToList();

    public static string Partition(string email)
    {
        var first = email.Length > 0 ? email[0] : '_';
        return first is >= 'a' and <= 'z' or >= '0' and <= '9' ? first.ToString() : "_";
    }

    /// <summary>The address as a RowKey: Table storage refuses <c>/ \ # ?</c> in keys, which dot-atom local parts allow.</summary>
    public static string Row(string email)
    {
        if (email.AsSpan().IndexOfAny("%/\\#?") < 0)
        {
            return email;
        }

        var builder = new StringBuilder(email.Length + 8);
        foreach (var c in email)
        {
            builder.Append(c is '%' or '/' or '\\' or '#' or '?' ? $"%{(int)c:X2}" : c.ToString());
        }

        return builder.ToString();
    }

    public static string EmailOf(string rowKey) => rowKey.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(rowKey) : rowKey;

    /// <summary>The first RowKey of a contact's activity range; the range ends before <see cref="ActivityEnd"/>.</summary>
    public static string ActivityStart(string email) => Row(email) + "|";

    public static string ActivityEnd(string email) => Row(email) + "}";

    /// <summary>Newest first within the contact's range: inverted ticks sort descending by time.</summary>
    public static string ActivityRow(string email, DateTimeOffset at, string id) =>
        $"{ActivityStart(email)}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{id}";
}
