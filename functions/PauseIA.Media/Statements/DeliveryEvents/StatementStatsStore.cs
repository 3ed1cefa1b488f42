using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>Per-statement counters (table <c>statementstats</c>), added to under the row's ETag so that concurrent webhook calls never lose a count.</summary>
public sealed class StatementStatsStore([FromKeyedServices(StatementStatsStore.Name)] TableClient table, TimeProvider time)
{
    public const string Name = "statementstats";

    private const string Row = "stats";

    public async Task<StatementStats> GetAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(statementId, Row, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e ? FromEntity(e) : new StatementStats();
    }

    public async Task AddAsync(string statementId, StatementStats increment, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(statementId, Row, cancellationToken: cancellationToken);
            var current = response.HasValue && response.Value is { } e ? e : null;
            var next = ToEntity(statementId, (current is null ? new StatementStats() : FromEntity(current)).Plus(increment));
            try
            {
                if (current is null)
                {
                    await table.AddEntityAsync(next, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(next, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // Another call counted meanwhile: read again and add on top.
            }
        }
    }

    private TableEntity ToEntity(string statementId, StatementStats s) => new(statementId, Row)
    {
        ["Processed"] = s.Processed,
        ["Delivered"] = s.Delivered,
        ["Deferred"] = s.Deferred,
        ["Opened"] = s.Opened,
        ["Clicked"] = s.Clicked,
        ["Bounced"] = s.Bounced,
        ["Dropped"] = s.Dropped,
        ["SpamReports"] = s.SpamReports,
        ["Unsubscribes"] = s.Unsubscribes,
        ["UpdatedAt"] = time.GetUtcNow(),
    };

    private static StatementStats FromEntity(TableEntity e) => new(
        e.GetInt32("Processed") ?? 0,
        e.GetInt32("Delivered") ?? 0,
        e.GetInt32("Deferred") ?? 0,
        e.GetInt32("Opened") ?? 0,
        e.GetInt32("Clicked") ?? 0,
        e.GetInt32("Bounced") ?? 0,
        e.GetInt32("Dropped") ?? 0,
        e.GetInt32("SpamReports") ?? 0,
        e.GetInt32("Unsubscribes") ?? 0)
    {
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt"),
    };
}
