using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// The right to erasure (GDPR art. 17). In this order, so that a failure part-way leaves the address
/// suppressed and the erasure can simply be run again: the keyed hash goes into the suppression list
/// (the address is never added or mailed again), every <see cref="IPersonalDataSource"/> removes or
/// pseudonymises its records, then the timeline and the contact are deleted. A source that fails
/// stops the erasure visibly: the audit log (and so the person's access export) records where it
/// stopped, and the error goes back to the member, who runs it again. The audit record names the
/// hash, not the address.
/// </summary>
public sealed class ContactEraser(
    ContactStore store,
    ContactTimeline timeline,
    SuppressionList suppression,
    ContactAuditLog audit,
    IEnumerable<IPersonalDataSource> sources,
    TimeProvider time)
{
    public async Task<ErasureReport> EraseAsync(TeamMember member, string email, string? reason, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var address = ContactEmail.Normalize(email);
        var now = time.GetUtcNow();
        var hash = suppression.Hash(address);
        await suppression.AddAsync(address, SuppressionReason.Erased, null, now, cancellationToken);
        var pseudonym = suppression.Pseudonym(address);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            try
            {
                counts[source.Name] = await source.EraseAsync(address, pseudonym, cancellationToken);
            }
            catch (Exception ex)
            {
                await audit.AppendAsync(
                    ContactAuditAction.ErasureIncomplete,
                    member.Email,
                    address,
                    $"Effacement (RGPD art. 17) interrompu dans « {source.Name} » : {ex.Message} L'adresse est déjà exclue de tout envoi ; relancez l'effacement"
                        + string.Concat(counts.Select(c => $" ({c.Key} : {c.Value} déjà fait)")) + ". / Erasure stopped part-way; run it again.",
                    CancellationToken.None);
                throw;
            }
        }

        var contact = await store.FindAsync(address, cancellationToken);
        var entries = await timeline.DeleteAllAsync(address, cancellationToken);
        if (contact is not null)
        {
            // Erasure wins over any edit in progress: deleted whatever its version.
            await store.TryDeleteAsync(address, null, cancellationToken);
        }

        var why = ContactValidator.Line(reason);
        await audit.AppendAsync(
            ContactAuditAction.Erased,
            member.Email,
            address,
            $"Effacement (RGPD art. 17) : contact {(contact is null ? "absent" : "supprimé")}, {entries} entrées de chronologie"
                + string.Concat(counts.Select(c => $", {c.Key} : {c.Value}"))
                + (why is null ? "." : $". Motif : {why}"),
            cancellationToken);
        return new ErasureReport(hash, contact is not null, entries, counts, now);
    }
}
