using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Statements;

/// <summary>
/// The spokesperson's sign-off: on the approved content hash, re-checked against the stored bytes, and
/// on the recipient manifest it freezes as a create-only blob with its own hash.
/// </summary>
public sealed class StatementSignOffs(
    StatementStore store,
    StatementBlobs blobs,
    StatementTimeline timeline,
    StatementAudiences audiences,
    StatementContentLoader loader,
    IOptions<StatementSendOptions> sendOptions,
    TimeProvider time)
{
    public async Task<ManifestView> SignOffAsync(string id, SignOffRequest request, TeamMember spokesperson, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var statement = current.Statement;
        var now = time.GetUtcNow();
        statement.CheckSignOff(spokesperson);
        if (request.ContentHash is { } seen && !string.Equals(seen.Trim(), statement.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainException.Conflict("Le contenu a changé depuis votre lecture. / The content changed since you read it.");
        }

        var loaded = await loader.LoadAsync(id, statement.Version, cancellationToken);
        if (loaded.ContentHash != statement.Approval!.ContentHash)
        {
            throw DomainException.Conflict(
                "Le texte stocké ne correspond plus à ce qui a été approuvé ; rien n'est validé. / The stored text no longer matches what was approved; nothing was signed off.");
        }

        var manifest = ManifestDocument.Of(statement, await audiences.ResolveAsync(statement.Audience, cancellationToken));
        CheckSendable(manifest, statement.Language);
        var bytes = manifest.ToBytes();
        var hash = ManifestDocument.Hash(bytes);
        if (request.ManifestHash is { } seenManifest && !string.Equals(seenManifest.Trim(), hash, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainException.Conflict("Les destinataires ont changé depuis votre lecture. / The recipients changed since you looked at them.");
        }

        var signed = statement.SignOffWith(spokesperson, hash, manifest.Recipients.Count, manifest.Excluded.Count, now);
        await blobs.WriteUncommittedAsync(StatementBlobs.ManifestBlob(id, signed.SignOff!.Manifest), bytes, cancellationToken);
        await store.UpdateAsync(current, signed, cancellationToken);
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.SignedOff, spokesperson.Email, now)
        {
            Version = signed.Version,
            Detail = $"sha256:{signed.ContentHash}; manifest {signed.SignOff.Manifest} sha256:{hash}; {manifest.Recipients.Count} recipients, {manifest.Excluded.Count} excluded",
        }, cancellationToken);
        return new ManifestView(true, signed.SignOff.Manifest, hash, manifest.Audience, manifest.Recipients, manifest.Excluded, spokesperson.Email, now,
            manifest.CountsByLanguage(statement.Language));
    }

    /// <summary>The frozen manifest once signed off; before that, what the audience resolves to now.</summary>
    public async Task<ManifestView> ManifestAsync(string id, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        if (statement.SignOff is { } signOff)
        {
            var bytes = await blobs.ReadAsync(StatementBlobs.ManifestBlob(id, signOff.Manifest), cancellationToken)
                ?? throw DomainException.Conflict("Le manifeste validé a disparu du stockage. / The signed-off manifest is missing from storage.");
            var frozen = ManifestDocument.Parse(bytes);
            return new ManifestView(true, signOff.Manifest, ManifestDocument.Hash(bytes), frozen.Audience, frozen.Recipients, frozen.Excluded, signOff.By, signOff.At,
                frozen.CountsByLanguage(statement.Language));
        }

        var live = ManifestDocument.Of(statement, await audiences.ResolveAsync(statement.Audience, cancellationToken));
        return new ManifestView(false, null, ManifestDocument.Hash(live.ToBytes()), live.Audience, live.Recipients, live.Excluded, null, null,
            live.CountsByLanguage(statement.Language));
    }

    private void CheckSendable(ManifestDocument manifest, string primary)
    {
        if (manifest.Recipients.Count == 0)
        {
            throw DomainException.Conflict("Aucun destinataire à qui envoyer. / There is nobody to send to.");
        }

        // Batches never mix languages, so each language may start a batch of its own.
        var batches = SendPlanner.Batches(manifest, sendOptions.Value.BatchSize, primary).Count();
        if (batches > SendLedger.MaxBatches)
        {
            throw DomainException.Conflict(
                $"Trop de destinataires ({manifest.Recipients.Count}, {batches} lots, max {SendLedger.MaxBatches}). / Too many recipients ({batches} batches, at most {SendLedger.MaxBatches}).");
        }
    }
}
