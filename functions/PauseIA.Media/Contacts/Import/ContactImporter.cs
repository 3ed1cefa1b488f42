using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Imports a CSV in two steps: a dry run that reports what would happen and writes nothing, and a
/// commit that applies the same plan, written as entity-group transactions of up to 100 rows per
/// partition. Contacts are written at the version read while planning, so a contact edited in the
/// meantime is refused, not overwritten, and the import can simply be run again.
/// </summary>
public sealed class ContactImporter(
    ContactStore store,
    ContactTimeline timeline,
    SuppressionList suppression,
    ContactAuditLog audit,
    ContactImportPlanner planner,
    IOptions<ContactsOptions> options,
    TimeProvider time,
    IIdGenerator ids)
{
    /// <param name="member">Who imports (the press team only).</param>
    /// <param name="file">The file's bytes, in any encoding <see cref="CsvDecoder"/> reads.</param>
    /// <param name="commit">False for the dry run.</param>
    /// <param name="overwrite">Whether the file's values replace the list's, rather than only fill its blanks.</param>
    /// <param name="expectedFingerprint">The dry run's fingerprint: the commit is refused if the plan differs.</param>
    public async Task<ImportReport> ImportAsync(
        TeamMember member,
        ReadOnlyMemory<byte> file,
        bool commit,
        bool overwrite = false,
        string? expectedFingerprint = null,
        CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        if (file.Length > options.Value.ImportMaxBytes)
        {
            throw DomainException.TooLarge($"Fichier trop gros : {options.Value.ImportMaxBytes / 1024 / 1024} Mo au plus. / File too large.");
        }

        var csv = ContactCsvReader.Read(file.Span, options.Value.ImportMaxRows);
        var addresses = csv.Lines.SelectMany(l => l.Emails).Select(e => ContactEmail.TryNormalize(e, out var n) ? n : null).OfType<string>();
        var existing = store.FindManyAsync(addresses, cancellationToken);
        var suppressed = suppression.LoadAsync(cancellationToken);
        await Task.WhenAll(existing, suppressed);
        var now = time.GetUtcNow();
        var plan = planner.Plan(csv, await existing, await suppressed, overwrite, now);
        if (!commit)
        {
            return plan.Report;
        }

        if (expectedFingerprint is not null && expectedFingerprint != plan.Report.Fingerprint)
        {
            throw DomainException.Conflict("La liste ou le fichier a changé depuis l'aperçu : refaites l'aperçu avant d'importer. / The plan differs from the dry run; preview again.");
        }

        var importId = ids.NewId();
        await Parallel.ForEachAsync(plan.NewOptOuts, cancellationToken, async (email, token) =>
            await suppression.AddAsync(email, SuppressionReason.OptedOut, "import", now, token));

        // A new contact records its import itself (see Contact.Origin); an updated one gets a timeline entry.
        var refused = await store.TrySubmitAsync(
            plan.Creates.Select(c => ContactStore.AddAction(c with { CreatedBy = member.Email, OriginId = importId }))
                .Concat(plan.Updates.Select(u => ContactStore.ReplaceAction(u.Contact))),
            cancellationToken);
        var refusedEmails = refused.SelectMany(b => b).Select(a => ContactKeys.EmailOf(a.Entity.RowKey)).ToHashSet(StringComparer.Ordinal);
        await timeline.SubmitAsync(
            plan.Updates.Where(u => !refusedEmails.Contains(u.Contact.Email)).Select(u => timeline.AppendAction(
                u.Contact.Email,
                new ContactActivity(ContactActivityKind.Imported, $"Importé : {string.Join(", ", u.Changes)}. / Imported (updated).", importId, member.Email, now))),
            cancellationToken);

        var report = plan.Report;
        await audit.AppendAsync(
            ContactAuditAction.Imported,
            member.Email,
            null,
            $"Import {importId} : {report.ToCreate} créés, {report.ToUpdate} mis à jour, {report.Unchanged} inchangés, {report.DuplicatesMerged} doublons fusionnés, {report.Rejected} rejetés sur {report.RowsRead} lignes"
                + (refusedEmails.Count > 0 ? $" ; {refusedEmails.Count} refusés (modifiés pendant l'import)." : "."),
            cancellationToken);

        if (refusedEmails.Count > 0)
        {
            throw DomainException.Conflict(
                $"{refusedEmails.Count} contacts ont changé pendant l'import et n'ont pas été écrits ; le reste est importé. Relancez l'import : rien ne sera dupliqué. / {refusedEmails.Count} contacts changed during the import; run it again.");
        }

        return report with { Committed = true, ImportId = importId };
    }
}
