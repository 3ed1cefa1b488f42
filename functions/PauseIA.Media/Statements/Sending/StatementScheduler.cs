using Microsoft.Extensions.Options;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The timer's safety net for the send queue: a scheduled statement whose embargo has lifted, or a
/// send with work overdue (its message lost, or dead in the poison queue after a storage outage), gets a
/// new <c>statement-send</c> message. A duplicate message is harmless: the ledger lets one run send each batch.
/// </summary>
public sealed class StatementScheduler(
    StatementStore store,
    SendLedger ledger,
    StatementSendQueue queue,
    IOptions<StatementSendOptions> options,
    TimeProvider time)
{
    /// <summary>The delayed message normally starts a scheduled send; the timer steps in only after this grace.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>The statements it re-queued.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var stall = options.Value.StallAfter;
        var queued = new List<string>();
        foreach (var statement in await store.ListAsync(StatementState.Scheduled, cancellationToken))
        {
            if (statement.Embargo is null || statement.Embargo + Grace <= now)
            {
                queued.Add(statement.Id);
            }
        }

        foreach (var statement in await store.ListAsync(StatementState.Sending, cancellationToken))
        {
            var plan = await ledger.GetPlanAsync(statement.Id, cancellationToken);
            if (plan is null)
            {
                if (statement.SendStartedAt + stall <= now)
                {
                    queued.Add(statement.Id);
                }

                continue;
            }

            var batches = (await ledger.ListBatchesAsync(statement.Id, cancellationToken)).Select(b => b.Batch).ToList();
            var overdue = batches.Any(b =>
                (b.State == BatchState.Planned && (b.NotBefore ?? plan.PlannedAt) + stall <= now)
                || (b.State == BatchState.Sending && b.LeaseUntil + stall <= now));
            if (overdue || batches.All(b => b.IsFinal))
            {
                queued.Add(statement.Id);
            }
        }

        foreach (var id in queued)
        {
            await queue.EnqueueAsync(id, TimeSpan.Zero, cancellationToken);
        }

        return queued;
    }
}
