using PauseIA.Media.Contacts;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The last check before a statement leaves, and what follows a failed one: a content mismatch voids
/// the approval (back to a draft), a recipient change voids the sign-off (back to approved). Either
/// way nothing is sent, the timeline says why, and the spokesperson is told.
/// </summary>
public sealed class SendReadiness(
    StatementContentLoader loader,
    StatementBlobs blobs,
    StatementAudiences audiences,
    IJournalistContacts contacts,
    StatementStore store,
    StatementTimeline timeline,
    StatementNotifier notifier,
    TimeProvider time)
{
    public async Task<ReadinessCheck> CheckAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        var signOff = statement.SignOff ?? throw new InvalidOperationException("Only a signed-off statement is checked for sending.");
        var content = await loader.LoadAsync(statement.Id, signOff.Version, cancellationToken);
        if (content.ContentHash != signOff.ContentHash || content.ContentHash != statement.Approval?.ContentHash)
        {
            return new ReadinessCheck(null, true, false,
                $"Le contenu ne correspond plus à celui approuvé (sha256:{content.ContentHash} au lieu de sha256:{signOff.ContentHash}) : rien n'est envoyé, une nouvelle approbation est requise. / The content no longer matches what was approved: nothing was sent; a new approval is required.");
        }

        var bytes = await blobs.ReadAsync(StatementBlobs.ManifestBlob(statement.Id, signOff.Manifest), cancellationToken);
        if (bytes is null || ManifestDocument.Hash(bytes) != signOff.ManifestHash)
        {
            return new ReadinessCheck(null, false, true,
                "Le manifeste validé est introuvable ou altéré : rien n'est envoyé, une nouvelle validation est requise. / The signed-off manifest is missing or altered: nothing was sent; a new sign-off is required.");
        }

        var frozen = ManifestDocument.Parse(bytes).Recipients.Select(r => r.Email).ToHashSet(StringComparer.Ordinal);
        var now = ManifestDocument.Of(statement, await audiences.ResolveAsync(statement.Audience, cancellationToken))
            .Recipients.Select(r => r.Email).ToHashSet(StringComparer.Ordinal);
        var added = now.Except(frozen).Order(StringComparer.Ordinal).ToList();
        var removed = new List<string>();
        foreach (var email in frozen.Except(now).Order(StringComparer.Ordinal))
        {
            // Someone who opted out since the sign-off is simply skipped at send time; anyone else leaving is a change.
            if (await contacts.SuppressionAsync(email, cancellationToken) is null)
            {
                removed.Add(email);
            }
        }

        return added.Count == 0 && removed.Count == 0
            ? ReadinessCheck.Ready(content)
            : new ReadinessCheck(null, false, true,
                $"Les destinataires ont changé depuis la validation (+{added.Count} : {Sample(added)} ; −{removed.Count} : {Sample(removed)}) : rien n'est envoyé, une nouvelle validation est requise. / The recipients changed since the sign-off: nothing was sent; a new sign-off is required.");
    }

    /// <summary>Voids what no longer holds and says so; the caller then refuses the send.</summary>
    public async Task RefuseAsync(StoredStatement stored, ReadinessCheck check, TeamMember? actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var statement = stored.Statement;
        var voided = check.ContentChanged ? statement.VoidApproval(now) : statement.VoidSignOff(now);
        await store.UpdateAsync(stored, voided, cancellationToken);
        await timeline.AppendAsync(statement.Id, new StatementEvent(
            check.ContentChanged ? StatementEventKind.ApprovalVoided : StatementEventKind.SignOffVoided, actor?.Email ?? StatementEvent.System, now)
        {
            Version = statement.Version,
            Detail = check.Refusal,
        }, cancellationToken);
        await notifier.SendReportAsync(voided, check.Refusal!, check.Refusal!, cancellationToken);
    }

    private static string Sample(List<string> emails) =>
        emails.Count == 0 ? "—" : string.Join(", ", emails.Take(5)) + (emails.Count > 5 ? ", …" : "");
}
