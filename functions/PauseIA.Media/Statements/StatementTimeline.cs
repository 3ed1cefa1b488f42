using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>
/// The append-only timeline of each statement (table <c>statementevents</c>, one partition per
/// statement). Rows are only ever inserted; row keys sort by time, then by order of insertion.
/// </summary>
public sealed class StatementTimeline([FromKeyedServices(StatementTimeline.Name)] TableClient table, IIdGenerator ids)
{
    public const string Name = "statementevents";

    private static long sequence;

    public async Task AppendAsync(string statementId, StatementEvent e, CancellationToken cancellationToken = default) =>
        await table.AddEntityAsync(Entity(statementId, e), cancellationToken);

    /// <summary>Appends several events in order, a hundred to a transaction (one statement, one partition).</summary>
    public async Task AppendAllAsync(string statementId, IReadOnlyList<StatementEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in events.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, Entity(statementId, e))), cancellationToken);
        }
    }

    private TableEntity Entity(string statementId, StatementEvent e)
    {
        // Ticks order events in time; the process-wide sequence keeps insertion order within one tick,
        // and the id keeps two processes writing in the same tick apart.
        var rowKey = $"{e.At.UtcTicks:D19}-{Interlocked.Increment(ref sequence) % 1_000_000_000:D9}-{ids.NewId()}";
        return new TableEntity(statementId, rowKey)
        {
            ["Kind"] = e.Kind.ToString(),
            ["Actor"] = e.Actor,
            ["At"] = e.At,
            ["Version"] = e.Version,
            ["Line"] = e.Line,
            ["Language"] = e.Language,
            ["Text"] = e.Text,
            ["Detail"] = e.Detail,
        };
    }

    public async Task<IReadOnlyList<StatementEvent>> ListAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var events = new List<StatementEvent>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {statementId}"), cancellationToken: cancellationToken))
        {
            events.Add(new StatementEvent(Enum.Parse<StatementEventKind>(e.GetString("Kind")), e.GetString("Actor") ?? "", e.GetDateTimeOffset("At") ?? default)
            {
                Version = e.GetInt32("Version"),
                Line = e.GetInt32("Line"),
                Language = e.GetString("Language"),
                Text = e.GetString("Text"),
                Detail = e.GetString("Detail"),
            });
        }

        return events;
    }
}
