using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Inquiries in Table storage, one partition per reference holding the head, the messages and the
/// timeline, so that each change is one entity group transaction and a whole thread is one query.
/// </summary>
public sealed class InquiryStore([FromKeyedServices(InquiryStore.Name)] TableClient table)
{
    public const string Name = "inquiries";

    /// <summary>Adds a new inquiry with its first rows; <see cref="SaveOutcome.Duplicate"/> when it exists already.</summary>
    public async Task<SaveOutcome> CreateAsync(Inquiry inquiry, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, InquiryEntities.Head(inquiry with { Version = null })) };
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

        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, InquiryEntities.Head(inquiry), new ETag(inquiry.Version)) };
        actions.AddRange(Rows(inquiry.Reference, messages, events));
        return await SubmitAsync(actions, cancellationToken);
    }

    /// <summary>Adds rows without touching the head (an auto-reply noted in the timeline); Duplicate when they exist.</summary>
    public async Task<SaveOutcome> AppendAsync(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default) =>
        await SubmitAsync(Rows(reference, messages, events).ToList(), cancellationToken);

    public async Task<Inquiry?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(reference, InquiryEntities.HeadRow, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? InquiryEntities.ToInquiry(response.Value) : null;
    }

    public async Task<InquiryThread?> FindThreadAsync(string reference, CancellationToken cancellationToken = default)
    {
        Inquiry? head = null;
        var messages = new List<InquiryMessage>();
        var events = new List<InquiryEvent>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {reference}"), cancellationToken: cancellationToken))
        {
            if (entity.RowKey == InquiryEntities.HeadRow)
            {
                head = InquiryEntities.ToInquiry(entity);
            }
            else if (entity.RowKey.StartsWith(InquiryEntities.MessagePrefix, StringComparison.Ordinal))
            {
                messages.Add(InquiryEntities.ToMessage(entity));
            }
            else if (entity.RowKey.StartsWith(InquiryEntities.EventPrefix, StringComparison.Ordinal))
            {
                events.Add(InquiryEntities.ToEvent(entity));
            }
        }

        // The opening email and its acknowledgement may share a timestamp; the email comes first.
        return head is null ? null : new InquiryThread(head, messages.OrderBy(m => m.At).ThenBy(m => m.Kind != InquiryMessageKind.Inquiry).ToList(), events.OrderBy(e => e.At).ToList());
    }

    /// <summary>Every inquiry head (the rows named <c>inquiry</c> across partitions), optionally only some statuses.</summary>
    public async IAsyncEnumerable<Inquiry> ListAsync(
        IReadOnlyCollection<InquiryStatus>? statuses = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {InquiryEntities.HeadRow}"), cancellationToken: cancellationToken))
        {
            var inquiry = InquiryEntities.ToInquiry(entity);
            if (statuses is null || statuses.Contains(inquiry.Status))
            {
                yield return inquiry;
            }
        }
    }

    /// <summary>The inquiries opened by <paramref name="email"/> (GDPR access and erasure).</summary>
    public async IAsyncEnumerable<Inquiry> ListByJournalistAsync(string email, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {InquiryEntities.HeadRow} and JournalistEmail eq {normalized}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return InquiryEntities.ToInquiry(entity);
        }
    }

    /// <summary>Replaces rows as they are (erasure rewrites messages and timeline lines in place).</summary>
    public async Task ReplaceRowsAsync(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events, CancellationToken cancellationToken = default)
    {
        var actions = messages.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, InquiryEntities.Message(reference, m)))
            .Concat(events.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, InquiryEntities.Event(reference, e))))
            .ToList();
        foreach (var batch in actions.Chunk(50))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    private static IEnumerable<TableTransactionAction> Rows(string reference, IEnumerable<InquiryMessage> messages, IEnumerable<InquiryEvent> events) =>
        messages.Select(m => new TableTransactionAction(TableTransactionActionType.Add, InquiryEntities.Message(reference, m)))
            .Concat(events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, InquiryEntities.Event(reference, e))));

    private async Task<SaveOutcome> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // Azure refuses a transaction across partitions (Azurite does not): hold it here.
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            throw new InvalidOperationException("A table transaction must stay within one partition.");
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
}
