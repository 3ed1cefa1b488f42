using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>
/// An event for a batch whose outcome was unknown proves that SendGrid accepted it: the batch is
/// recorded as sent and the send goes on (and may finish) without waiting for a person.
/// </summary>
public sealed class UnknownBatchConfirmer(SendLedger ledger, StatementTimeline timeline, StatementSendQueue queue, TimeProvider time)
{
    public async Task ConfirmAsync(string statementId, int number, string evidence, CancellationToken cancellationToken = default)
    {
        if (await ledger.GetBatchAsync(statementId, number, cancellationToken) is not { Batch.State: BatchState.Unknown } stored)
        {
            return;
        }

        var now = time.GetUtcNow();
        var confirmed = stored.Batch with { State = BatchState.Sent, Sent = stored.Batch.Recipients - stored.Batch.Skipped, FinishedAt = now };
        if (await ledger.TryReplaceAsync(statementId, stored, confirmed, cancellationToken) is null)
        {
            return;
        }

        await timeline.AppendAsync(statementId, new StatementEvent(StatementEventKind.BatchResolved, StatementEvent.System, now)
        {
            Detail = $"batch {number}: Unknown → Sent, confirmed by a SendGrid {evidence} event",
        }, cancellationToken);
        await queue.EnqueueAsync(statementId, TimeSpan.Zero, cancellationToken);
    }
}
