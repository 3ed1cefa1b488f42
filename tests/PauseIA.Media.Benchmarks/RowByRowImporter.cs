using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// The baseline: the same file imported the straightforward way, one row at a time: a point read,
/// then an insert (which records the import, as in the batched import), or a replace and a timeline
/// entry. Same parsing, validation, data model and suppression list (read once), so the difference
/// is only the storage access pattern.
/// </summary>
public sealed class RowByRowImporter(ContactStore store, ContactTimeline timeline, ContactValidator validator, SuppressionList suppression, TimeProvider time)
{
    public async Task<int> ImportAsync(TeamMember member, byte[] file)
    {
        var csv = ContactCsvReader.Read(file, int.MaxValue);
        var suppressed = await suppression.LoadAsync();
        var written = 0;
        foreach (var line in csv.Lines)
        {
            var email = line.Emails.Select(e => ContactEmail.TryNormalize(e, out var n) ? n : null).OfType<string>().FirstOrDefault();
            if (line.Empty || line.Problem is not null || email is null || suppressed.Find(email)?.Erased == true || !validator.TryValidate(line.Input, out var fields, out _))
            {
                continue;
            }

            var now = time.GetUtcNow();
            var existing = await store.FindAsync(email);
            if (existing is null)
            {
                await store.AddAsync(Contact.New(email, fields, ContactSource.Import, now, suppressed.Find(email), member.Email));
                written++;
                continue;
            }

            var merged = existing.Fields.FillBlanksFrom(fields);
            if (existing.Fields.Diff(merged).Count > 0 && await store.TryReplaceAsync(existing.With(merged) with { UpdatedAt = now }) is not null)
            {
                await timeline.AppendAsync(email, new ContactActivity(ContactActivityKind.Imported, "Importé.", null, member.Email, now));
                written++;
            }
        }

        return written;
    }
}
