using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Inquiries in Table storage, in one partition (<see cref="InquiryKeys"/>): each change of an inquiry
/// (its head, the rows of the lists it is in, new messages and timeline lines) is one entity group
/// transaction under the head's ETag, a whole thread is one range query, and a page of the inbox a
/// range query per list it merges.
/// </summary>
public sealed class InquiryStore([FromKeyedServices(InquiryStore.Name)] TableClient table)
{
    public const string Name = "inquiries";

    /// <summary>Rounds of reads a page may take when filters drop rows, so that a page costs a bounded number of requests.</summary>
    private const int MaxRounds = 4;

    /// <summary>Adds a new inquiry with its first rows; <see cref="SaveOutcome.Duplicate"/> when it exists already.</summary>
    public async Task<SaveOutcome> CreateAsync(Inquiry inquiry, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default)
    {
        var head = InquiryEntities.Head(inquiry with { Version = null });
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, head) };
        actions.AddRange(InquiryKeys.ListsOf(inquiry).Select(key => new TableTransactionAction(TableTransactionActionType.Add, InquiryEntities.ListRow(head, key))));
        actions.AddRange(Rows(inquiry.Reference, messages, events));
        return await SubmitAsync(actions, cancellationToken);
    }

    /// <summary>Writes <paramref name="inquiry"/> over the version it was read at, with rows to add, all or nothing.</summary>
    public async Task<SaveOutcome> SaveAsync(Inquiry inquiry, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default)
    {
        if (inquiry.Version is null)
        {
            throw new InvalidOperationException("An inquiry is saved over the version it was read at.");
        }

        // The lists it was stored in come with the version read; an inquiry built by hand reads them.
        var listedAs = inquiry.ListedAs ?? (await FindAsync(inquiry.Reference, cancellationToken))?.ListedAs ?? [];
        var head = InquiryEntities.Head(inquiry);
        var lists = InquiryKeys.ListsOf(inquiry);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, head, new ETag(inquiry.Version)) };

        // Under the head's ETag these rows are exactly the ones stored with the version read, so each delete finds its row.
        actions.AddRange(listedAs.Except(lists, StringComparer.Ordinal).Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(InquiryKeys.Partition, key), ETag.All)));
        actions.AddRange(lists.Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, InquiryEntities.ListRow(head, key))));
        actions.AddRange(Rows(inquiry.Reference, messages, events));
        return await SubmitAsync(actions, cancellationToken);
    }

    /// <summary>Adds rows without touching the head (an auto-reply noted in the timeline); Duplicate when they exist.</summary>
    public async Task<SaveOutcome> AppendAsync(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default) =>
        await SubmitAsync(Rows(reference, messages, events).ToList(), cancellationToken);

    public async Task<Inquiry?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(InquiryKeys.Partition, InquiryKeys.HeadRow(reference), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? InquiryEntities.ToInquiry(response.Value) : null;
    }

    public async Task<InquiryThread?> FindThreadAsync(string reference, CancellationToken cancellationToken = default)
    {
        Inquiry? head = null;
        var messages = new List<InquiryMessage>();
        var events = new List<InquiryEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InquiryKeys.Partition} and RowKey ge {InquiryKeys.ThreadStart(reference)} and RowKey lt {InquiryKeys.ThreadEnd(reference)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == InquiryKeys.HeadRow(reference))
            {
                head = InquiryEntities.ToInquiry(entity);
            }
            else if (InquiryKeys.IsMessage(entity.RowKey))
            {
                messages.Add(InquiryEntities.ToMessage(entity));
            }
            else if (InquiryKeys.IsEvent(entity.RowKey))
            {
                events.Add(InquiryEntities.ToEvent(entity));
            }
        }

        // The opening email and its acknowledgement may share a timestamp; the email comes first.
        return head is null ? null : new InquiryThread(head, messages.OrderBy(m => m.At).ThenBy(m => m.Kind != InquiryMessageKind.Inquiry).ToList(), events.OrderBy(e => e.At).ToList());
    }

    /// <summary>
    /// One page of the inquiries in any of <paramref name="lists"/> that <paramref name="keep"/> accepts, in
    /// the inbox's order, from the continuation of the previous page; with <paramref name="deadlineBefore"/>,
    /// only those due before it. Each round reads up to <paramref name="limit"/> rows of each list, in parallel;
    /// a page whose filter drops many rows ends after <see cref="MaxRounds"/> rounds, shorter, with a continuation.
    /// </summary>
    public async Task<InquiryPage> PageAsync(
        IReadOnlyCollection<string> lists,
        Func<Inquiry, bool> keep,
        int limit,
        string? continuation = null,
        DateTimeOffset? deadlineBefore = null,
        CancellationToken cancellationToken = default)
    {
        var after = continuation is null ? null : InquiryPage.SortKeyOf(continuation);
        var end = deadlineBefore is null ? null : InquiryKeys.DeadlineBefore(deadlineBefore.Value);
        var cursors = lists.Distinct(StringComparer.Ordinal).Select(list => new ListCursor(list, after)).ToList();
        var found = new List<Inquiry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            await Task.WhenAll(cursors.Where(c => c.Buffer.Count == 0 && c.More).Select(c => ReadAsync(c, end, limit + 1, cancellationToken)));

            // Rows up to the lowest last key among lists with more to read are in their final order.
            // A list with more to read but nothing read yet holds everything back (an empty bound).
            var bound = cursors.Any(c => c.More) ? cursors.Where(c => c.More).Select(c => c.After ?? "").Min(StringComparer.Ordinal) : null;
            var ready = cursors.SelectMany(c => c.Take(bound)).OrderBy(r => r.SortKey, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ready.Count; i++)
            {
                var (sortKey, inquiry) = ready[i];
                if (seen.Add(inquiry.Reference) && keep(inquiry))
                {
                    found.Add(inquiry);
                }

                if (found.Count == limit)
                {
                    var rest = i + 1 < ready.Count || cursors.Any(c => c.More || c.Buffer.Count > 0);
                    return new InquiryPage(found, rest ? InquiryPage.Token(sortKey) : null);
                }
            }

            if (bound is null)
            {
                return new InquiryPage(found, null);
            }

            after = bound;
        }

        return new InquiryPage(found, InquiryPage.Token(after!));
    }

    /// <summary>Every inquiry of these statuses (the escalation timer's open ones), whatever their number, as their lists show them (no <see cref="Inquiry.Version"/>).</summary>
    public async IAsyncEnumerable<Inquiry> ListAsync(
        IReadOnlyCollection<InquiryStatus> statuses,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var inquiry in AllAsync(statuses.Select(InquiryKeys.Status).ToList(), _ => true, cancellationToken))
        {
            yield return inquiry;
        }
    }

    /// <summary>The inquiries opened by <paramref name="email"/> (GDPR access and erasure).</summary>
    public IAsyncEnumerable<Inquiry> ListByJournalistAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return AllAsync([InquiryKeys.Journalist(normalized)], i => i.Journalist.Email == normalized, cancellationToken);
    }

    /// <summary>Replaces rows as they are (erasure rewrites messages and timeline lines in place).</summary>
    public async Task ReplaceRowsAsync(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default)
    {
        var actions = messages.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, InquiryEntities.Message(reference, m)))
            .Concat(events.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, InquiryEntities.Event(reference, e))))
            .ToList();
        foreach (var batch in actions.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    private async IAsyncEnumerable<Inquiry> AllAsync(IReadOnlyCollection<string> lists, Func<Inquiry, bool> keep, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await PageAsync(lists, keep, 1000, continuation, cancellationToken: cancellationToken);
            foreach (var inquiry in page.Items)
            {
                yield return inquiry;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    private async Task ReadAsync(ListCursor cursor, string? endSortKey, int count, CancellationToken cancellationToken)
    {
        var start = cursor.After is null ? InquiryKeys.ListStart(cursor.List) : InquiryKeys.ListRow(cursor.List, cursor.After);
        var end = endSortKey is null ? InquiryKeys.ListEnd(cursor.List) : InquiryKeys.ListRow(cursor.List, endSortKey);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InquiryKeys.Partition} and RowKey gt {start} and RowKey lt {end}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken).AsPages(pageSizeHint: count))
        {
            var prefix = InquiryKeys.ListStart(cursor.List).Length;
            // A list row's ETag is not the head's: what is read from a list is saved only after reading the head.
            cursor.Buffer.AddRange(page.Values.Select(e => (e.RowKey[prefix..], InquiryEntities.ToInquiry(e) with { Version = null })));
            cursor.More = page.ContinuationToken is not null;
            cursor.After = cursor.Buffer.Count > 0 ? cursor.Buffer[^1].SortKey : cursor.After;
            return;
        }

        cursor.More = false;
    }

    private static IEnumerable<TableTransactionAction> Rows(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events) =>
        messages.Select(m => new TableTransactionAction(TableTransactionActionType.Add, InquiryEntities.Message(reference, m)))
            .Concat(events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, InquiryEntities.Event(reference, e))));

    private async Task<SaveOutcome> SubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // Azure refuses a transaction across partitions (Azurite does not), or of more than 100 rows: hold it here.
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() != 1 || actions.Count > 100)
        {
            throw new InvalidOperationException("A table transaction must stay within one partition and 100 rows.");
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            return SaveOutcome.Stale;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return SaveOutcome.Duplicate;
        }
    }

    /// <summary>Row id of a message we sent: derived from its Message-ID, so that recording it twice is harmless.</summary>
    public static string OutgoingId(string messageId) =>
        "out" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(MessageIdIndex.Normalize(messageId))))[..29];

    /// <summary>Where the reading of one list stands within a page.</summary>
    private sealed class ListCursor(string list, string? after)
    {
        public string List { get; } = list;

        /// <summary>The sort key of the last row read.</summary>
        public string? After { get; set; } = after;

        public bool More { get; set; } = true;

        public List<(string SortKey, Inquiry Inquiry)> Buffer { get; } = [];

        /// <summary>Removes and returns the rows read up to <paramref name="bound"/> (all of them when null).</summary>
        public List<(string SortKey, Inquiry Inquiry)> Take(string? bound)
        {
            var count = bound is null ? Buffer.Count : Buffer.TakeWhile(r => string.CompareOrdinal(r.SortKey, bound) <= 0).Count();
            var taken = Buffer.GetRange(0, count);
            Buffer.RemoveRange(0, count);
            return taken;
        }
    }
}
