using System.Buffers.Text;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Each contact's activity, append-only: inquiries, replies, sends, deliveries, opens, bounces,
/// opt-outs, edits, imports and merges, with who and when. Rows are only added, moved with
/// their contact on a merge, and deleted with it on erasure. The first entry, the contact's
/// creation, is not a row: it is read from the contact (<see cref="Contact.Origin"/>), which halves
/// the writes of an import of new contacts and makes a contact and its creation one write.
/// </summary>
public sealed class ContactTimeline([FromKeyedServices(ContactTimeline.Name)] TableClient table, IIdGenerator ids)
{
    public const string Name = "contactactivity";

    public Task AppendAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default) =>
        table.AddEntityAsync(ActivityEntity.From(email, activity, ids.NewId()), cancellationToken);

    /// <summary>An append to batch with others of the same partition (imports).</summary>
    public TableTransactionAction AppendAction(string email, ContactActivity activity) =>
        new(TableTransactionActionType.Add, ActivityEntity.From(email, activity, ids.NewId()));

    public Task<int> SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
        PartitionBatches.SubmitAsync(table, actions, cancellationToken: cancellationToken);

    /// <summary>A page of the timeline, newest first; the creation entry ends the last page.</summary>
    public async Task<TimelinePage> PageAsync(Contact contact, int limit, string? continuation, CancellationToken cancellationToken = default)
    {
        var after = continuation is null ? null : ReadContinuation(contact.Email, continuation);
        var items = new List<ContactActivity>();
        string? last = null;
        await foreach (var entity in Query(contact.Email, after, Math.Min(limit + 1, 1000), cancellationToken))
        {
            if (items.Count == limit)
            {
                return new TimelinePage(items, Continuation(last!));
            }

            items.Add(entity.ToActivity());
            last = entity.RowKey;
        }

        if (items.Count == limit)
        {
            return new TimelinePage(items, Continuation(last!));
        }

        items.Add(contact.Origin);
        return new TimelinePage(items, null);
    }

    /// <summary>The whole timeline, newest first, ending with the creation.</summary>
    public async Task<IReadOnlyList<ContactActivity>> ListAsync(Contact contact, CancellationToken cancellationToken = default) =>
        [.. await EntriesAsync(contact.Email, cancellationToken), contact.Origin];

    /// <summary>The stored entries only (what a deletion removes), newest first.</summary>
    public async Task<IReadOnlyList<ContactActivity>> EntriesAsync(string email, CancellationToken cancellationToken = default)
    {
        var items = new List<ContactActivity>();
        await foreach (var entity in Query(email, null, 1000, cancellationToken))
        {
            items.Add(entity.ToActivity());
        }

        return items;
    }

    /// <summary>Deletes the whole timeline (erasure, purge); returns how many entries there were.</summary>
    public async Task<int> DeleteAllAsync(string email, CancellationToken cancellationToken = default)
    {
        var rows = await Rows(email, cancellationToken);
        return await SubmitAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="from"/>'s timeline, its creation included, under <paramref name="to"/> (a merge
    /// keeps both histories): copies first, then deletes, so a failure in between duplicates and never loses.
    /// </summary>
    public async Task<int> MoveAsync(Contact from, string to, CancellationToken cancellationToken = default)
    {
        var rows = await Rows(from.Email, cancellationToken);
        await SubmitAsync(rows.Select(r => AppendAction(to, r.ToActivity())).Append(AppendAction(to, from.Origin)), cancellationToken);
        await SubmitAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
        return rows.Count + 1;
    }

    private async Task<List<ActivityEntity>> Rows(string email, CancellationToken cancellationToken)
    {
        var rows = new List<ActivityEntity>();
        await foreach (var entity in Query(email, null, 1000, cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private AsyncPageable<ActivityEntity> Query(string email, string? afterRow, int pageSize, CancellationToken cancellationToken)
    {
        var partition = ContactKeys.Partition(email);
        var start = afterRow ?? ContactKeys.ActivityStart(email);
        var end = ContactKeys.ActivityEnd(email);
        var filter = afterRow is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {start} and RowKey lt {end}");
        return table.QueryAsync<ActivityEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken);
    }

    private static string Continuation(string rowKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(rowKey));

    private static string ReadContinuation(string email, string token)
    {
        try
        {
            var row = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (row.StartsWith(ContactKeys.ActivityStart(email), StringComparison.Ordinal))
            {
                return row;
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }

        throw DomainException.BadRequest("Jeton de suite invalide. / Invalid continuation token.");
    }
}
