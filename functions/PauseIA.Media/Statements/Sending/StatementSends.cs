using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The spokesperson's send: checked once more against the approval and the frozen recipients, then
/// held until the embargo (state <see cref="StatementState.Scheduled"/>) or started at once, through
/// the <c>statement-send</c> queue. Also a person's decision on a batch that needs one.
/// </summary>
public sealed class StatementSends(
    StatementStore store,
    SendReadiness readiness,
    SendLedger ledger,
    StatementSendQueue queue,
    StatementTimeline timeline,
    StatementViews views,
    TimeProvider time)
{
    public async Task<StatementView> StartAsync(string id, TeamMember spokesperson, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var now = time.GetUtcNow();
        var started = current.Statement.StartSend(spokesperson, now); // role and state, before any work
        var check = await readiness.CheckAsync(current.Statement, cancellationToken);
        if (!check.IsReady)
        {
            await readiness.RefuseAsync(current, check, spokesperson, cancellationToken);
            throw DomainException.Conflict(check.Refusal!);
        }

        var stored = await store.UpdateAsync(current, started, cancellationToken);
        var scheduled = started.State == StatementState.Scheduled;
        await timeline.AppendAsync(id, new StatementEvent(scheduled ? StatementEventKind.Scheduled : StatementEventKind.SendStarted, spokesperson.Email, now)
        {
            Version = started.Version,
            Detail = scheduled ? $"sends when the embargo lifts, {started.Embargo:u}" : null,
        }, cancellationToken);
        await queue.EnqueueAsync(id, scheduled ? started.Embargo!.Value - now : TimeSpan.Zero, cancellationToken);
        return await views.BuildAsync(stored, spokesperson, cancellationToken);
    }

    public async Task<SendBatch> ResolveBatchAsync(string id, int number, BatchResolutionRequest request, TeamMember member, CancellationToken cancellationToken = default)
    {
        if (!member.HasRole(TeamRole.Spokesperson))
        {
            throw DomainException.Forbidden("Seul le porte-parole décide du sort d'un lot. / Only the spokesperson decides on a batch.");
        }

        var outcome = request.Outcome ?? throw DomainException.BadRequest("Décision requise : sent, resend ou abandon. / Outcome required: sent, resend or abandon.");
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        var stored = await ledger.GetBatchAsync(id, number, cancellationToken) ?? throw DomainException.NotFound($"Lot {number} introuvable. / Batch not found.");
        var batch = stored.Batch;
        var now = time.GetUtcNow();
        var next = (outcome, batch.State) switch
        {
            (BatchResolution.Sent, BatchState.Unknown) => batch with { State = BatchState.Sent, Sent = batch.Recipients - batch.Skipped, FinishedAt = now },
            (BatchResolution.Resend, BatchState.Unknown or BatchState.Failed) => batch with { State = BatchState.Planned, Attempts = 0, NotBefore = null, Error = null, FinishedAt = null },
            (BatchResolution.Abandon, BatchState.Unknown or BatchState.Failed or BatchState.Planned) => batch with { State = BatchState.Abandoned, FinishedAt = now },
            _ => throw DomainException.Conflict($"Décision « {outcome} » impossible pour un lot à l'état « {batch.State} ». / Cannot {outcome} a batch that is {batch.State}."),
        };
        if (statement.State != StatementState.Sending)
        {
            throw DomainException.Conflict("Le communiqué n'est pas en cours d'envoi. / The statement is not being sent.");
        }

        var resolved = await ledger.TryReplaceAsync(id, stored, next, cancellationToken)
            ?? throw DomainException.Conflict("Le lot a changé entre-temps ; rechargez. / The batch changed meanwhile; reload.");
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.BatchResolved, member.Email, now)
        {
            Detail = $"batch {number}: {batch.State} → {next.State} ({outcome})",
        }, cancellationToken);
        await queue.EnqueueAsync(id, TimeSpan.Zero, cancellationToken);
        return resolved.Batch;
    }
}
