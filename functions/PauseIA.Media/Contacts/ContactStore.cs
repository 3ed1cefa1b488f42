using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts;

/// <summary>
/// The <c>contacts</c> table. Every write of an existing row carries the ETag that was read, so
/// a concurrent change is refused instead of overwritten. Contacts read with
/// <see cref="ContactEntity.SearchColumns"/> only are partial: they are shown, never written back.
/// </summary>
public sealed class ContactStore([FromKeyedServices(ContactStore.Name)] TableClient table)
{
    public const string Name = "contacts";

    // Below this many addresses in one partition, point reads cost less than reading the partition.
    private const int PointReadsPerPartition = 24;

    public TableClient Table => table;

    public async Task<Contact?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<ContactEntity>(ContactKeys.Partition(email), ContactKeys.Row(email), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? response.Value.ToContact() : null;
    }

    /// <summary>The contact, or a 404 in French and English.</summary>
    public async Task<Contact> GetAsync(string email, CancellationToken cancellationToken = default) =>
        await FindAsync(email, cancellationToken) ?? throw NotFound(email);

    /// <summary>The existing contacts among <paramref name="emails"/> (normalized), by address, full rows.</summary>
    public async Task<IReadOnlyDictionary<string, Contact>> FindManyAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var found = new ConcurrentDictionary<string, Contact>(StringComparer.Ordinal);
        var wanted = emails.Distinct(StringComparer.Ordinal).ToList();
        var wantedSet = wanted.ToHashSet(StringComparer.Ordinal);
        var work = wanted.GroupBy(ContactKeys.Partition)
            .SelectMany(g => g.Count() > PointReadsPerPartition ? [(Partition: g.Key, Email: (string?)null)] : g.Select(e => (Partition: g.Key, Email: (string?)e)))
            .ToList();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (item, token) =>
        {
            if (item.Email is { } email)
            {
                if (await FindAsync(email, token) is { } contact)
                {
                    found[email] = contact;
                }

                return;
            }

            await foreach (var entity in table.QueryAsync<ContactEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {item.Partition}"), maxPerPage: 1000, cancellationToken: token))
            {
                var contact = entity.ToContact();
                if (wantedSet.Contains(contact.Email))
                {
                    found[contact.Email] = contact;
                }
            }
        });
        return found;
    }

    public async Task<Contact> AddAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await table.AddEntityAsync(ContactEntity.From(contact), cancellationToken);
            return contact with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw DomainException.Conflict($"{contact.Email} est déjà dans la liste. / This address is already on the list.");
        }
    }

    /// <summary>Replaces the row if it is still at <see cref="Contact.ETag"/>; null when it changed since (a 404 when it is gone).</summary>
    public async Task<Contact?> TryReplaceAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        var etag = contact.ETag ?? throw new ArgumentException("A contact is replaced only at the version that was read.", nameof(contact));
        try
        {
            var response = await table.UpdateEntityAsync(ContactEntity.From(contact), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return contact with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw NotFound(contact.Email);
        }
    }

    /// <summary>
    /// Reads, changes and replaces, reading again when someone else wrote in between: for changes
    /// that do not depend on what a person saw (an opt-out, a bounce, a timestamp). Returns the
    /// stored contact, or null when the address is not a contact or <paramref name="change"/> returns null.
    /// </summary>
    public async Task<Contact?> UpdateAsync(string email, Func<Contact, Contact?> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await FindAsync(email, cancellationToken);
            if (current is null || change(current) is not { } changed)
            {
                return null;
            }

            if (await TryReplaceAsync(changed, cancellationToken) is { } stored)
            {
                return stored;
            }

            if (attempt == 4)
            {
                throw DomainException.Conflict($"{email} est modifié trop souvent en même temps ; réessayez. / Too many concurrent changes, try again.");
            }
        }
    }

    /// <summary>Deletes the row at <paramref name="etag"/> (any version when null); false when it changed since.</summary>
    public async Task<bool> TryDeleteAsync(string email, string? etag, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.DeleteEntityAsync(ContactKeys.Partition(email), ContactKeys.Row(email), etag is null ? ETag.All : new ETag(etag), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Every contact that matches, in address order: one query per partition, run in parallel.
    /// With <paramref name="searchColumnsOnly"/> the rows are partial (see the class remarks).
    /// </summary>
    public async Task<IReadOnlyList<Contact>> ListAsync(ContactFilter filter, bool searchColumnsOnly, CancellationToken cancellationToken = default)
    {
        var server = filter.ServerFilter(reservedComparisons: 1);
        var select = searchColumnsOnly ? ContactEntity.SearchColumns : null;
        var partitions = await Task.WhenAll(ContactKeys.Partitions.Select(async partition =>
        {
            var query = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + (server is null ? "" : $" and {server}");
            var matches = new List<Contact>();
            await foreach (var entity in table.QueryAsync<ContactEntity>(query, maxPerPage: 1000, select: select, cancellationToken: cancellationToken))
            {
                var contact = entity.ToContact();
                if (filter.Matches(contact))
                {
                    matches.Add(contact);
                }
            }

            return matches;
        }));
        return partitions.SelectMany(p => p).ToList();
    }

    /// <summary>
    /// A page of matching contacts in address order. The continuation is the last key returned
    /// (a keyset), so pages stay right while rows that do not match are filtered out here.
    /// </summary>
    public async Task<ContactPage> PageAsync(ContactFilter filter, int limit, string? continuation, CancellationToken cancellationToken = default)
    {
        var clauses = new List<string>();
        if (continuation is not null)
        {
            var (partition, row) = ReadContinuation(continuation);
            clauses.Add(TableClient.CreateQueryFilter($"(PartitionKey eq {partition} and RowKey gt {row}) or PartitionKey gt {partition}"));
        }

        if (filter.ServerFilter(reservedComparisons: clauses.Count * 3) is { } server)
        {
            clauses.Add(server);
        }

        var query = clauses.Count == 0 ? null : string.Join(" and ", clauses.Select(c => $"({c})"));
        var items = new List<Contact>();
        await foreach (var page in table.QueryAsync<ContactEntity>(query, maxPerPage: 1000, cancellationToken: cancellationToken).AsPages())
        {
            var values = page.Values;
            for (var i = 0; i < values.Count; i++)
            {
                var contact = values[i].ToContact();
                if (!filter.Matches(contact))
                {
                    continue;
                }

                items.Add(contact);
                if (items.Count == limit)
                {
                    var more = i < values.Count - 1 || page.ContinuationToken is not null;
                    return new ContactPage(items, more ? WriteContinuation(values[i]) : null);
                }
            }
        }

        return new ContactPage(items, null);
    }

    public static TableTransactionAction AddAction(Contact contact) => new(TableTransactionActionType.Add, ContactEntity.From(contact));

    /// <summary>A replace at the version that was read: the whole transaction fails if any row changed since.</summary>
    public static TableTransactionAction ReplaceAction(Contact contact) =>
        new(TableTransactionActionType.UpdateReplace, ContactEntity.From(contact), new ETag(contact.ETag ?? throw new ArgumentException("A replace needs the ETag that was read.", nameof(contact))));

    public Task<int> SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
        PartitionBatches.SubmitAsync(table, actions, cancellationToken: cancellationToken);

    public static DomainException NotFound(string email) =>
        DomainException.NotFound($"Contact introuvable : {email}. / Contact not found.");

    private static string WriteContinuation(ContactEntity entity) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{entity.PartitionKey}{entity.RowKey}"));

    private static (string Partition, string Row) ReadContinuation(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.Length > 1 && ContactKeys.Partitions.Contains(text[..1]))
            {
                return (text[..1], text[1..]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }

        throw DomainException.BadRequest("Jeton de suite invalide. / Invalid continuation token.");
    }
}
