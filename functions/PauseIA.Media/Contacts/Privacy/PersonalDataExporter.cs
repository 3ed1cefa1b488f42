using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Answers a right-of-access request: gathers what this feature holds on the address and asks every
/// registered <see cref="IPersonalDataSource"/>. The export itself is recorded on the timeline and
/// in the audit log, with who made it.
/// </summary>
public sealed class PersonalDataExporter(
    ContactStore store,
    ContactTimeline timeline,
    SuppressionList suppression,
    SegmentStore segments,
    ContactAuditLog audit,
    IEnumerable<IPersonalDataSource> sources,
    IOptions<MailOptions> mail,
    IOptions<ContactsOptions> options,
    TimeProvider time)
{
    public const string Controller = "Pause IA France";

    public async Task<PersonalDataExport> ExportAsync(TeamMember member, string email, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var address = ContactEmail.Normalize(email);
        var contact = await store.FindAsync(address, cancellationToken);
        var entry = await suppression.FindAsync(address, cancellationToken);
        var records = await audit.ListAboutAsync(address, cancellationToken);
        var held = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            held[source.Name] = await source.ExportAsync(address, cancellationToken);
        }

        if (contact is null && entry is null && records.Count == 0 && held.Values.All(v => v is null))
        {
            throw DomainException.NotFound($"Aucune donnée sur {address}. / No data held on this address.");
        }

        var history = contact is null ? [] : await timeline.ListAsync(contact, cancellationToken);
        var inSegments = contact is null
            ? []
            : (await segments.ListAsync(cancellationToken)).Where(s => s.Filter.Matches(contact)).Select(s => new SegmentReference(s.Id, s.Name)).ToList();
        var now = time.GetUtcNow();
        var export = new PersonalDataExport(
            address,
            now,
            member.Email,
            Controller,
            mail.Value.PrivacyNoticeUrl,
            contact,
            history,
            new SuppressionState(
                entry?.OptedOut == true || contact?.OptedOut == true,
                entry?.HardBounced == true || contact?.HardBounced == true,
                entry?.Erased == true,
                contact?.OptedOutAt ?? entry?.OptedOutAt,
                contact?.BouncedAt ?? entry?.BouncedAt,
                contact?.OptOutSource ?? entry?.Source),
            inSegments,
            records,
            held,
            new RetentionTerms(options.Value.InactiveAfterDays, options.Value.ReviewGraceDays, contact?.LastActivityAt, contact?.ReviewFlaggedAt));

        if (contact is not null)
        {
            await timeline.AppendAsync(address, new ContactActivity(ContactActivityKind.Exported, "Export des données personnelles (RGPD art. 15). / Personal data exported.", null, member.Email, now), cancellationToken);
        }

        await audit.AppendAsync(ContactAuditAction.DataExported, member.Email, address, "Export des données personnelles (droit d'accès). / Access export.", cancellationToken);
        return export;
    }
}
