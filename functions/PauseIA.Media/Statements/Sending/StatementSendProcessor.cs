using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Processes a <c>statement-send</c> queue message: starts a scheduled send once its embargo lifts,
/// plans the batches, and sends each batch not yet settled, in order. Every step is recorded in the
/// ledger before the next, so the same message can run again (after a crash, a redelivery, a wait)
/// and resume where it stopped without sending a settled batch twice. A wait longer than
/// <see cref="StatementSendOptions.MaxInlineDelay"/> ends the run and re-queues the message, hidden until then.
/// </summary>
public sealed class StatementSendProcessor(
    StatementStore store,
    SendReadiness readiness,
    SendPlanner planner,
    SendLedger ledger,
    BatchSender batches,
    SendFinisher finisher,
    StatementContentLoader loader,
    StatementAudiences audiences,
    StatementSendQueue queue,
    StatementTimeline timeline,
    StatementNotifier notifier,
    IOptions<StatementSendOptions> options,
    TimeProvider time,
    ILogger<StatementSendProcessor> logger)
{
    public async Task RunAsync(StatementSendMessage message, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindAsync(message.StatementId, cancellationToken);
        if (stored?.Statement.State == StatementState.Scheduled)
        {
            stored = await StartScheduledAsync(stored, cancellationToken);
        }

        if (stored?.Statement.State != StatementState.Sending)
        {
            // Withdrawn, voided, already sent, still waiting for its embargo, or started by another run.
            logger.LogInformation("Statement {Statement}: nothing to send in this run", message.StatementId);
            return;
        }

        var statement = stored.Statement;
        var template = await TemplateAsync(statement, cancellationToken);
        if (template is null || await planner.PlanAsync(statement, cancellationToken) is null)
        {
            await StopAsync(statement, template is null
                ? "Le contenu ne correspond plus à la validation : envoi arrêté. / The content no longer matches the sign-off: send stopped."
                : "Le manifeste validé est introuvable ou altéré : envoi arrêté. / The signed-off manifest is missing or altered: send stopped.", cancellationToken);
            return;
        }

        foreach (var batch in await ledger.ListBatchesAsync(statement.Id, cancellationToken))
        {
            if (await SendBatchAsync(template, batch, cancellationToken) is { } comeBackIn)
            {
                await queue.EnqueueAsync(statement.Id, comeBackIn, cancellationToken);
                return;
            }
        }

        await finisher.FinishIfDoneAsync(statement.Id, cancellationToken);
    }

    /// <summary>Null once the batch is settled for this run; otherwise how long until the run should come back.</summary>
    private async Task<TimeSpan?> SendBatchAsync(StatementMessage template, StoredBatch stored, CancellationToken cancellationToken)
    {
        var current = stored;
        while (true)
        {
            var batch = current.Batch;
            var now = time.GetUtcNow();
            if (batch.State == BatchState.Sending)
            {
                if (batch.LeaseUntil > now)
                {
                    return batch.LeaseUntil.Value - now;
                }

                await batches.ExpireAsync(template.Statement, current, cancellationToken);
                return null;
            }

            if (batch.State != BatchState.Planned)
            {
                return null;
            }

            if (batch.NotBefore > now)
            {
                var wait = batch.NotBefore.Value - now;
                if (wait > options.Value.MaxInlineDelay)
                {
                    return wait;
                }

                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            // Between batches the host may stop us; within one, never (see BatchSender).
            cancellationToken.ThrowIfCancellationRequested();
            current = await batches.SendAsync(template, current, cancellationToken)
                ?? await ledger.GetBatchAsync(template.Statement.Id, batch.Number, cancellationToken)
                ?? throw new InvalidOperationException($"Batch {batch.Number} vanished from the ledger.");
        }
    }

    private async Task<StoredStatement?> StartScheduledAsync(StoredStatement stored, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var statement = stored.Statement;
        if (statement.WaitsForEmbargo(now))
        {
            await queue.EnqueueAsync(statement.Id, statement.Embargo!.Value - now, cancellationToken);
            return null;
        }

        var check = await readiness.CheckAsync(statement, cancellationToken);
        if (!check.IsReady)
        {
            await readiness.RefuseAsync(stored, check, null, cancellationToken);
            return null;
        }

        StoredStatement started;
        try
        {
            started = await store.UpdateAsync(stored, statement.BeginScheduledSend(now), cancellationToken);
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.Conflict)
        {
            return null; // another run started it and goes on with it
        }

        await timeline.AppendAsync(statement.Id, new StatementEvent(StatementEventKind.SendStarted, StatementEvent.System, now)
        {
            Version = statement.SignOff?.Version,
            Detail = $"embargo lifted at {statement.Embargo:u}",
        }, cancellationToken);
        return started;
    }

    /// <summary>The email of this run, with the content re-read and re-hashed; null when it no longer matches the sign-off.</summary>
    private async Task<StatementMessage?> TemplateAsync(Statement statement, CancellationToken cancellationToken)
    {
        var signOff = statement.SignOff!;
        var content = await loader.LoadAsync(statement.Id, signOff.Version, cancellationToken);
        if (content.ContentHash != signOff.ContentHash)
        {
            return null;
        }

        var thread = statement.Inquiry is { } reference ? await audiences.ReplyContextAsync(reference, cancellationToken) : null;
        return new StatementMessage(statement, content, statement.ShowsEmbargoLine(time.GetUtcNow()), false, thread);
    }

    private async Task StopAsync(Statement statement, string reason, CancellationToken cancellationToken)
    {
        logger.LogError("Statement {Statement}: {Reason}", statement.Id, reason);
        await timeline.AppendAsync(statement.Id, new StatementEvent(StatementEventKind.SendRefused, StatementEvent.System, time.GetUtcNow()) { Detail = reason }, cancellationToken);
        await notifier.SendReportAsync(statement, reason, reason, cancellationToken);
    }
}
