using System.Security.Cryptography;
using System.Text;
using PauseIA.Media.Contacts.Privacy;

namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Decides, without writing, what an import does with each row. The rules:
/// <list type="bullet">
/// <item>a row is rejected, with its reason, when it is empty, unreadable, has no valid address, has an
/// invalid field, or names an erased address;</item>
/// <item>an address seen on an earlier row is merged into that row (the first non-empty value of each
/// field wins, beats add up), never duplicated;</item>
/// <item>an address already on the list is merged into the contact: the file fills blank fields and adds
/// beats, and only with <c>overwrite</c> replaces what the team typed;</item>
/// <item>an opt-out in the file or in the suppression list is kept, never lifted.</item>
/// </list>
/// So importing the same file twice changes nothing the second time.
/// </summary>
public sealed class ContactImportPlanner(ContactValidator validator)
{
    public ImportPlan Plan(
        CsvImportFile file,
        IReadOnlyDictionary<string, Contact> existing,
        SuppressionSet suppressed,
        bool overwrite,
        DateTimeOffset now)
    {
        var rows = new List<ImportRowReport>();
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            if (Reject(line) is { } rejected)
            {
                rows.Add(rejected);
                continue;
            }

            var valid = line.Emails.Select(e => ContactEmail.TryNormalize(e, out var n) ? n : null).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (valid.Count == 0)
            {
                rows.Add(new ImportRowReport(line.Row, ImportOutcome.Rejected, null, "invalidEmail",
                    $"Adresse e-mail invalide : « {line.Emails[0]} ». / Invalid email address."));
                continue;
            }

            // Of several addresses (a Google cell), the one already known wins, so the person is merged, not duplicated.
            var email = valid.FirstOrDefault(e => groups.ContainsKey(e) || existing.ContainsKey(e)) ?? valid[0];
            var notes = line.Emails.Count > 1
                ? [$"Autres adresses non importées : {string.Join(", ", line.Emails.Where(e => !(ContactEmail.TryNormalize(e, out var n) && n == email)))}. / Other addresses not imported."]
                : new List<string>();
            if (suppressed.Find(email)?.Erased == true)
            {
                rows.Add(new ImportRowReport(line.Row, ImportOutcome.Rejected, email, "erased",
                    "Adresse effacée à la demande de la personne (RGPD) : elle n'est pas réimportée. / Erased at the person's request; not re-imported."));
                continue;
            }

            if (!validator.TryValidate(line.Input, out var fields, out var problem))
            {
                rows.Add(new ImportRowReport(line.Row, ImportOutcome.Rejected, email, problem!.Code, problem.Message));
                continue;
            }

            if (groups.TryGetValue(email, out var group))
            {
                group.Fields = group.Fields.FillBlanksFrom(fields);
                group.OptedOut |= line.OptedOut;
                rows.Add(new ImportRowReport(line.Row, ImportOutcome.Duplicate, email, MergedInto: group.Row) { Notes = notes });
            }
            else
            {
                groups[email] = new Group(line.Row, fields, line.OptedOut, notes);
            }
        }

        var creates = new List<Contact>();
        var updates = new List<(Contact, IReadOnlyList<string>)>();
        var optOuts = new List<string>();
        foreach (var (email, group) in groups)
        {
            var suppression = suppressed.Find(email);
            var notes = group.Notes.ToList();
            if (group.OptedOut && suppression?.OptedOut != true)
            {
                optOuts.Add(email);
            }

            if (!existing.TryGetValue(email, out var contact))
            {
                var created = Contact.New(email, group.Fields, ContactSource.Import, now, suppression);
                if (group.OptedOut && !created.OptedOut)
                {
                    created = created with { OptedOut = true, OptedOutAt = now, OptOutSource = "import" };
                }

                if (suppression?.Reason is { } reason)
                {
                    notes.Add(reason == SuppressionReason.OptedOut ? "Désinscrit auparavant : le reste. / Opted out before; stays so." : "Rebond définitif connu : exclu des envois. / Known hard bounce.");
                }

                creates.Add(created);
                rows.Add(new ImportRowReport(group.Row, ImportOutcome.Create, email) { Notes = notes });
                continue;
            }

            var merged = overwrite ? contact.Fields.OverwriteWith(group.Fields) : contact.Fields.FillBlanksFrom(group.Fields);
            merged = merged with { LawfulBasis = merged.LawfulBasis ?? contact.LawfulBasis };
            var changes = contact.Fields.Diff(merged).ToList();
            var optOut = group.OptedOut && !contact.OptedOut;
            if (optOut)
            {
                changes.Add("optedOut");
            }

            if (changes.Count == 0)
            {
                rows.Add(new ImportRowReport(group.Row, ImportOutcome.Unchanged, email) { Notes = notes });
                continue;
            }

            var updated = contact.With(merged) with { UpdatedAt = now, LastActivityAt = now, ReviewFlaggedAt = null };
            updated = optOut ? updated with { OptedOut = true, OptedOutAt = now, OptOutSource = "import" } : updated;
            updates.Add((updated, changes));
            rows.Add(new ImportRowReport(group.Row, ImportOutcome.Update, email) { Changes = changes, Notes = notes });
        }

        rows.Sort((a, b) => a.Row.CompareTo(b.Row));
        var report = new ImportReport(
            Committed: false,
            ImportId: null,
            file.Encoding,
            file.Delimiter,
            file.Format,
            RowsRead: file.Lines.Count,
            ToCreate: creates.Count,
            ToUpdate: updates.Count,
            Unchanged: rows.Count(r => r.Outcome == ImportOutcome.Unchanged),
            DuplicatesMerged: rows.Count(r => r.Outcome == ImportOutcome.Duplicate),
            Rejected: rows.Count(r => r.Outcome == ImportOutcome.Rejected),
            file.IgnoredColumns,
            rows,
            Fingerprint(rows));
        return new ImportPlan(report, creates, updates, optOuts);
    }

    private static ImportRowReport? Reject(ImportLine line) =>
        line.Empty ? new ImportRowReport(line.Row, ImportOutcome.Rejected, null, "emptyRow", "Ligne vide. / Empty row.")
        : line.Problem is { } problem ? new ImportRowReport(line.Row, ImportOutcome.Rejected, null, problem.Code, problem.Message)
        : line.Emails.Count == 0 ? new ImportRowReport(line.Row, ImportOutcome.Rejected, null, "missingEmail", "Pas d'adresse e-mail. / No email address.")
        : null;

    private static string Fingerprint(IEnumerable<ImportRowReport> rows)
    {
        var text = string.Join('\n', rows.Select(r => $"{r.Row}:{r.Outcome}:{r.Email}:{r.ReasonCode}:{r.MergedInto}:{string.Join(',', r.Changes)}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private sealed class Group(int row, ContactFields fields, bool optedOut, List<string> notes)
    {
        public int Row { get; } = row;

        public ContactFields Fields { get; set; } = fields;

        public bool OptedOut { get; set; } = optedOut;

        public List<string> Notes { get; } = notes;
    }
}
