using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Addresses that must never be mailed (opted out, hard-bounced, erased), kept as an HMAC of the
/// normalized address with <see cref="ContactsOptions.SuppressionKey"/>: an erased person's address
/// is gone, yet a re-import or a new inquiry from it is recognised. Opt-outs and bounces are also
/// flagged on the contact; this list is written first, so that a failure in between over-suppresses.
/// One partition: the list is small and read whole by imports and segment resolution.
/// </summary>
public sealed class SuppressionList(
    [FromKeyedServices(SuppressionList.Name)] TableClient table,
    IOptions<ContactsOptions> options)
{
    public const string Name = "contactsuppression";

    private const string Partition = "suppression";

    private byte[] Key => Encoding.UTF8.GetBytes(options.Value.SuppressionKey);

    /// <summary>The keyed hash that stands for <paramref name="email"/> (normalized) here and in the audit log.</summary>
    public string Hash(string email) => Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(email)));

    /// <summary>
    /// What replaces the address where a record must stay (an inquiry's thread): stable for one
    /// address, unreadable without the key, and under ".invalid" (RFC 2606), so never deliverable.
    /// </summary>
    public string Pseudonym(string email) => $"erased-{Hash(email)[..16]}@erased.invalid";

    public async Task<SuppressionEntry?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Hash(email), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? ToEntry(response.Value) : null;
    }

    /// <summary>
    /// Adds a reason. A merge of one reason's columns, without ETag: reasons are independent flags
    /// that only this method sets, so concurrent writers cannot undo each other.
    /// </summary>
    public Task AddAsync(string email, SuppressionReason reason, string? source, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (flag, time) = Columns(reason);
        var entity = new TableEntity(Partition, Hash(email)) { [flag] = true, [time] = at };
        if (source is not null)
        {
            entity["Source"] = source;
        }

        return table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Lifts one reason (an Admin's decision, audited by the caller). Erasure is never lifted.</summary>
    public Task LiftAsync(string email, SuppressionReason reason, CancellationToken cancellationToken = default)
    {
        if (reason is SuppressionReason.Erased or SuppressionReason.NoEmail)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Only an opt-out or a hard bounce can be lifted.");
        }

        var (flag, _) = Columns(reason);
        return table.UpsertEntityAsync(new TableEntity(Partition, Hash(email)) { [flag] = false }, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<SuppressionSet> LoadAsync(CancellationToken cancellationToken = default)
    {
        var entries = new Dictionary<string, SuppressionEntry>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var entry = ToEntry(entity);
            if (entry.Reason is not null)
            {
                entries[entry.Hash] = entry;
            }
        }

        return new SuppressionSet(entries, Hash);
    }

    private static (string Flag, string Time) Columns(SuppressionReason reason) => reason switch
    {
        SuppressionReason.OptedOut => ("OptedOut", "OptedOutAt"),
        SuppressionReason.HardBounce => ("HardBounced", "BouncedAt"),
        SuppressionReason.Erased => ("Erased", "ErasedAt"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a stored suppression reason."),
    };

    private static SuppressionEntry ToEntry(TableEntity e) => new(
        e.RowKey,
        e.GetBoolean("OptedOut") ?? false,
        e.GetBoolean("HardBounced") ?? false,
        e.GetBoolean("Erased") ?? false,
        e.GetDateTimeOffset("OptedOutAt"),
        e.GetDateTimeOffset("BouncedAt"),
        e.GetDateTimeOffset("ErasedAt"),
        e.GetString("Source"));
}
