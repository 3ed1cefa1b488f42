using PauseIA.Media.Common;

namespace PauseIA.Media.Statements.Sending;

/// <summary>Ends a send whose batches are all settled: the record first, then the statement moves to <see cref="StatementState.Sent"/>.</summary>
public sealed class SendFinisher(
    StatementStore store,
    SendLedger ledger,
    StatementRecords records,
    StatementTimeline timeline,
    StatementNotifier notifier,
    TimeProvider time)
{
    /// <summary>True when the statement is (now) sent; false while a batch waits or needs a decision.</summary>
    public async Task<bool> FinishIfDoneAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(statementId, cancellationToken);
        if (stored.Statement.State != StatementState.Sending)
        {
            return stored.Statement.State == StatementState.Sent;
        }

        var plan = await ledger.GetPlanAsync(statementId, cancellationToken);
        var batches = (await ledger.ListBatchesAsync(statementId, cancellationToken)).Select(b => b.Batch).ToList();
        if (plan is null || batches.Count == 0 || !batches.All(b => b.IsFinal))
        {
            return false;
        }

        // The record before the state: a crash in between leaves a record and a send still "sending", which the next run finishes.
        var now = time.GetUtcNow();
        await records.WriteAsync(stored.Statement, plan, batches, now, cancellationToken);
        try
        {
            await store.UpdateAsync(stored, stored.Statement.Finish(now), cancellationToken);
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.Conflict)
        {
            return false;
        }

        var sent = batches.Sum(b => b.Sent);
        var skipped = batches.Sum(b => b.Skipped);
        var abandoned = batches.Where(b => b.State == BatchState.Abandoned).Sum(b => b.Recipients - b.Skipped);
        await timeline.AppendAsync(statementId, new StatementEvent(StatementEventKind.Sent, StatementEvent.System, now)
        {
            Version = stored.Statement.SignOff?.Version,
            Detail = $"{sent} sent, {skipped} skipped, {abandoned} abandoned",
        }, cancellationToken);
        await notifier.SendReportAsync(stored.Statement,
            $"Envoyé : {sent} destinataires, {skipped} écartés (désinscrits depuis la validation), {abandoned} abandonnés.",
            $"Sent: {sent} recipients, {skipped} skipped (opted out since the sign-off), {abandoned} abandoned.",
            cancellationToken);
        return true;
    }
}
