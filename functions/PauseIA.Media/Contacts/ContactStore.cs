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
/// <see cref="ContactRow.SearchColumns"/> only are partial: they are shown, never written back.
/// </summary>
public sealed class ContactStore([FromKeyedServices(ContactStore.Name)] TableClient table)
{
    public const string Name = "contacts";

    private const int PointReadLimit = 300;

    public async Task<Contact?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(ContactKeys.Partition(email), ContactKeys.Row(email), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? ContactRow.ToContact(response.Value) : null;
    }

    /// <summary>The contact, or a 404 in French and English.</summary>
    public async Task<Contact> GetAsync(string email, CancellationToken cancellationToken = default) =>
        await FindAsync(email, cancellationToken) ?? throw NotFound(email);

    /// <summary>
    /// The existing contacts among <paramref name="emails"/> (normalized), by address, full rows.
    /// A point read costs a round trip per address and a scan one per 1,000 rows, so a few hundred
    /// addresses are read one by one (in parallel) and more by scanning the partition ranges that hold them.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Contact>> FindManyAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var wanted = emails.ToHashSet(StringComparer.Ordinal);
        var found = new ConcurrentDictionary<string, Contact>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        if (wanted.Count <= PointReadLimit)
        {
            await Parallel.ForEachAsync(wanted, options, async (email, token) =>
            {
                if (await FindAsync(email, token) is { } contact)
                {
                    found[email] = contact;
                }
            });
            return found;
        }

        var partitions = wanted.Select(ContactKeys.Partition).ToHashSet(StringComparer.Ordinal);
        var ranges = ContactKeys.PartitionRanges.Where(r => partitions.Any(p => InRange(p, r))).ToList();
        await Parallel.ForEachAsync(ranges, options, async (range, token) =>
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(RangeFilter(range), maxPerPage: 1000, cancellationToken: token))
            {
                var contact = ContactRow.ToContact(entity);
                if (wanted.Contains(contact.Email))
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
            var response = await table.AddEntityAsync(ContactRow.ToEntity(contact), cancellationToken);
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
            var response = await table.UpdateEntityAsync(ContactRow.ToEntity(contact), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
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
    /// Every contact that matches, in address order: one query per range of partitions, run in parallel.
    /// With <paramref name="searchColumnsOnly"/> the rows are partial (see the class remarks).
    /// </summary>
    public async Task<IReadOnlyList<Contact>> ListAsync(ContactFilter filter, bool searchColumnsOnly, CancellationToken cancellationToken = default)
    {
        var server = filter.ServerFilter(reservedComparisons: 2);
        var select = searchColumnsOnly ? ContactRow.SearchColumns : null;
        var partitions = await Task.WhenAll(ContactKeys.PartitionRanges.Select(async range =>
        {
            var query = RangeFilter(range) + (server is null ? "" : $" and {server}");
            var matches = new List<Contact>();
            await foreach (var entity in table.QueryAsync<TableEntity>(query, maxPerPage: 1000, select: select, cancellationToken: cancellationToken))
            {
                var contact = ContactRow.ToContact(entity);
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
        await foreach (var page in table.QueryAsync<TableEntity>(query, maxPerPage: 1000, cancellationToken: cancellationToken).AsPages())
        {
            var values = page.Values;
            for (var i = 0; i < values.Count; i++)
            {
                var contact = ContactRow.ToContact(values[i]);
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

    public static TableTransactionAction AddAction(Contact contact) => new(TableTransactionActionType.Add, ContactRow.ToEntity(contact));

    /// <summary>A replace at the version that was read: the whole transaction fails if any row changed since.</summary>
    public static TableTransactionAction ReplaceAction(Contact contact) =>
        new(TableTransactionActionType.UpdateReplace, ContactRow.ToEntity(contact), new ETag(contact.ETag ?? throw new ArgumentException("A replace needs the ETag that was read.", nameof(contact))));

    /// <summary>Writes batches of one partition; returns those refused because a row changed since it was read.</summary>
    public Task<IReadOnlyList<IReadOnlyList<TableTransactionAction>>> TrySubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
        PartitionBatches.TrySubmitAsync(table, actions, cancellationToken: cancellationToken);

    public static DomainException NotFound(string email) =>
        DomainException.NotFound($"Contact introuvable : {email}. / Contact not found.");

    private static string RangeFilter((string From, string? To) range) => range.To is null
        ? TableClient.CreateQueryFilter($"PartitionKey ge {range.From}")
        : TableClient.CreateQueryFilter($"PartitionKey ge {range.From} and PartitionKey lt {range.To}");

    private static bool InRange(string partition, (string From, string? To) range) =>
        string.CompareOrdinal(partition, range.From) >= 0 && (range.To is null || string.CompareOrdinal(partition, range.To) < 0);

    private static string WriteContinuation(TableEntity entity) =>
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
