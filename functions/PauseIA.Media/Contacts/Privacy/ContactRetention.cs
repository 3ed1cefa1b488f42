using Microsoft.Extensions.Options;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Storage limitation (GDPR art. 5(1)(e)): a contact without activity for
/// <see cref="ContactsOptions.InactiveAfterDays"/> is flagged for review; if nobody keeps it
/// (any activity, an edit, or "keep") within <see cref="ContactsOptions.ReviewGraceDays"/>, the
/// retention timer pseudonymises what other features hold on the person, as an erasure would, then
/// purges the contact with its timeline. In that order, so that a purge stopped part-way leaves the
/// contact flagged and the next run finishes it; the stop is in the audit log and fails the run.
/// A purge is not an objection: the address is not suppressed and may come back with a new inquiry.
/// </summary>
public sealed class ContactRetention(
    ContactStore store,
    ContactTimeline timeline,
    ContactAuditLog audit,
    SuppressionList suppression,
    IEnumerable<IPersonalDataSource> sources,
    IOptions<ContactsOptions> options,
    TimeProvider time)
{
    public async Task<RetentionReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var inactiveSince = now - options.Value.InactiveAfter;
        var graceEnded = now - options.Value.ReviewGrace;
        var flagged = 0;
        var purged = 0;
        var stopped = 0;
        foreach (var contact in await store.ListAsync(ContactFilter.All, searchColumnsOnly: true, cancellationToken))
        {
            if (contact.ReviewFlaggedAt is null && contact.LastActivityAt < inactiveSince)
            {
                var marked = await store.UpdateAsync(
                    contact.Email,
                    c => c.ReviewFlaggedAt is null && c.LastActivityAt < inactiveSince ? c with { ReviewFlaggedAt = now } : null,
                    cancellationToken);
                if (marked is not null)
                {
                    flagged++;
                    await timeline.AppendAsync(
                        contact.Email,
                        new ContactActivity(ContactActivityKind.RetentionReview, $"Sans activité depuis le {marked.LastActivityAt:dd/MM/yyyy} : à conserver avant le {now + options.Value.ReviewGrace:dd/MM/yyyy}, sinon supprimé. / Flagged for review.", null, ContactAuditLog.System, now),
                        cancellationToken);
                }
            }
            else if (contact.ReviewFlaggedAt is { } flaggedAt && flaggedAt <= graceEnded && contact.LastActivityAt <= flaggedAt
                && await store.FindAsync(contact.Email, cancellationToken) is { ReviewFlaggedAt: not null } current
                && current.LastActivityAt <= current.ReviewFlaggedAt)
            {
                if (!await EraseElsewhereAsync(current.Email, cancellationToken))
                {
                    stopped++;
                }
                else if (await store.TryDeleteAsync(current.Email, current.ETag, cancellationToken))
                {
                    // Activity since the read keeps the contact (the delete loses); what the grace period let go stays gone.
                    purged++;
                    await timeline.DeleteAllAsync(current.Email, cancellationToken);
                    await audit.AppendAsync(ContactAuditAction.RetentionPurged, ContactAuditLog.System, current.Email, $"Supprimé après revue sans suite (inactif depuis le {current.LastActivityAt:dd/MM/yyyy}). / Purged by retention.", cancellationToken);
                }
            }
        }

        if (flagged > 0)
        {
            await audit.AppendAsync(ContactAuditAction.RetentionFlagged, ContactAuditLog.System, null, $"{flagged} contacts marqués pour revue (inactifs depuis {options.Value.InactiveAfterDays} jours). / Flagged for review.", cancellationToken);
        }

        return stopped == 0
            ? new RetentionReport(flagged, purged)
            : throw new InvalidOperationException($"Retention purged {purged} contacts but stopped part-way for {stopped} (see the audit log); the next run finishes them.");
    }

    /// <summary>What the other features hold, pseudonymised; false (and in the audit log) when one of them stopped.</summary>
    private async Task<bool> EraseElsewhereAsync(string email, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            try
            {
                await source.EraseAsync(email, suppression.Pseudonym(email), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await audit.AppendAsync(ContactAuditAction.ErasureIncomplete, ContactAuditLog.System, email,
                    $"Suppression par la rétention interrompue dans « {source.Name} » : {ex.Message} Le contact reste marqué ; la prochaine exécution reprend. / Retention purge stopped part-way; the next run finishes it.", cancellationToken);
                return false;
            }
        }

        return true;
    }
}
