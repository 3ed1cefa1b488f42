using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// The append-only record of exports, erasures, deletions, merges, imports and lifted suppressions,
/// with who did them (GDPR art. 5(2), accountability). Rows are only ever added: a month per
/// partition, newest first by inverted ticks.
/// </summary>
public sealed class ContactAuditLog(
    [FromKeyedServices(ContactAuditLog.Name)] TableClient table,
    SuppressionList suppression,
    TimeProvider time,
    IIdGenerator ids)
{
    public const string Name = "contactaudit";

    /// <summary>The actor of what timers do.</summary>
    public const string System = "system";

    /// <summary>Records an action; <paramref name="email"/>, when given, is stored as its keyed hash.</summary>
    public async Task<ContactAuditEntry> AppendAsync(ContactAuditAction action, string actor, string? email, string summary, CancellationToken cancellationToken = default)
    {
        var entry = new ContactAuditEntry(ids.NewId(), action, actor, email is null ? null : suppression.Hash(email), summary, time.GetUtcNow());
        await table.AddEntityAsync(
            new TableEntity(Month(entry.At), $"{DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks:D19}-{entry.Id}")
            {
                ["Id"] = entry.Id,
                ["Action"] = entry.Action.ToString(),
                ["Actor"] = entry.Actor,
                ["Subject"] = entry.Subject,
                ["Summary"] = entry.Summary,
                ["At"] = entry.At,
            },
            cancellationToken);
        return entry;
    }

    /// <summary>The records of one month (<c>yyyy-MM</c>, default this month), newest first, optionally about one address only.</summary>
    public async Task<IReadOnlyList<ContactAuditEntry>> ListAsync(string? month = null, string? email = null, int max = 500, CancellationToken cancellationToken = default)
    {
        if (month is not null && !DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw DomainException.BadRequest("Mois invalide : attendu AAAA-MM. / Month must be yyyy-MM.");
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month ?? Month(time.GetUtcNow())}");
        if (email is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Subject eq {suppression.Hash(email)}");
        }

        var entries = new List<ContactAuditEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(e));
            if (entries.Count >= max)
            {
                break;
            }
        }

        return entries;
    }

    /// <summary>Every record about <paramref name="email"/>, across months (for the access export).</summary>
    public async Task<IReadOnlyList<ContactAuditEntry>> ListAboutAsync(string email, CancellationToken cancellationToken = default)
    {
        var entries = new List<ContactAuditEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Subject eq {suppression.Hash(email)}"), cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(e));
        }

        return entries.OrderByDescending(e => e.At).ToList();
    }

    private static ContactAuditEntry ToEntry(TableEntity e) => new(
        e.GetString("Id"),
        Enum.Parse<ContactAuditAction>(e.GetString("Action")),
        e.GetString("Actor"),
        e.GetString("Subject"),
        e.GetString("Summary"),
        e.GetDateTimeOffset("At") ?? default);

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
