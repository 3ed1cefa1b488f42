using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Contacts.Segments;

namespace PauseIA.Media.Contacts;

/// <summary>The contact list as the inquiries and statements features use it (see <see cref="IJournalistContacts"/>).</summary>
public sealed class JournalistContacts(
    ContactStore store,
    ContactTimeline timeline,
    ContactValidator validator,
    SuppressionList suppression,
    ContactSuppressor suppressor,
    RecipientResolver resolver,
    ContactPrivacyNotice privacyNotice,
    TimeProvider time) : IJournalistContacts
{
    // Activity bumps the retention clock at most daily, so a burst of opens does not rewrite the contact each time.
    private static readonly TimeSpan ActivityResolution = TimeSpan.FromDays(1);

    /// <summary>
    /// The contact for an inquiry's sender: found (blank fields filled from what the email told us),
    /// or created with source "inquiry". An erased address is not stored again: the summary returned
    /// is marked opted out, so that nothing is ever mailed to it. An address the list refuses gives no contact (null).
    /// </summary>
    public async Task<ContactSummary?> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default)
    {
        if (!ContactEmail.TryNormalize(sender.Email, out var email))
        {
            return null;
        }

        var fields = FieldsOf(sender);
        var existing = await store.FindAsync(email, cancellationToken);
        if (existing is not null)
        {
            // What the email says only fills blanks: the team's own values win.
            Contact? Filled(Contact c) => c.Fields.FillBlanksFrom(fields) is var filled && c.Fields.Diff(filled).Count > 0
                ? c.With(filled) with { UpdatedAt = time.GetUtcNow() }
                : null;
            var updated = Filled(existing) is null ? null : await store.UpdateAsync(email, Filled, cancellationToken);
            return (updated ?? existing).ToSummary();
        }

        var suppressed = await suppression.FindAsync(email, cancellationToken);
        if (suppressed?.Erased == true)
        {
            return new ContactSummary(email, null, null, null, null, null, null, null, OptedOut: true, HardBounced: false, Created: false);
        }

        var now = time.GetUtcNow();
        try
        {
            var created = await store.AddAsync(Contact.New(email, fields, ContactSource.Inquiry, now, suppressed), cancellationToken);
            return created.ToSummary(created: true);
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.Conflict)
        {
            // The same journalist's second mail was processed at the same moment: theirs won.
            return (await store.GetAsync(email, cancellationToken)).ToSummary();
        }
    }

    public async Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default) =>
        ContactEmail.TryNormalize(email, out var address) && await store.FindAsync(address, cancellationToken) is { } contact
            ? contact.ToSummary()
            : null;

    public async Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default)
    {
        if (!ContactEmail.TryNormalize(email, out var address) || await store.FindAsync(address, cancellationToken) is not { } contact)
        {
            return;
        }

        await timeline.AppendAsync(address, activity, cancellationToken);
        if (ContactActivityKinds.KeepsAlive(activity.Kind)
            && (activity.At - contact.LastActivityAt >= ActivityResolution || (contact.ReviewFlaggedAt is not null && activity.At > contact.ReviewFlaggedAt)))
        {
            await store.UpdateAsync(
                address,
                c => activity.At > c.LastActivityAt ? c with { LastActivityAt = activity.At, ReviewFlaggedAt = null } : null,
                cancellationToken);
        }
    }

    /// <summary>Both the suppression list and the contact's flags are asked; an address that is not even valid is never mailed.</summary>
    public async Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default)
    {
        if (!ContactEmail.TryNormalize(email, out var address))
        {
            return SuppressionReason.NoEmail;
        }

        var entry = suppression.FindAsync(address, cancellationToken);
        var contact = store.FindAsync(address, cancellationToken);
        await Task.WhenAll(entry, contact);
        return (await entry)?.Reason ?? (await contact)?.Suppression;
    }

    /// <summary>
    /// One read of the suppression list for all of them, however many (one request per thousand suppressed
    /// addresses): every opt-out, bounce and erasure is written to the list before anywhere else, so it
    /// alone answers, and it answers as of now.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SuppressionReason>> SuppressionsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var list = await suppression.LoadAsync(cancellationToken);
        var found = new Dictionary<string, SuppressionReason>(StringComparer.Ordinal);
        foreach (var email in emails)
        {
            if ((ContactEmail.TryNormalize(email, out var address) ? list.Reason(address) : SuppressionReason.NoEmail) is { } reason)
            {
                found[email] = reason;
            }
        }

        return found;
    }

    public Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default) =>
        suppressor.MarkHardBouncedAsync(email, reason, cancellationToken);

    public Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default) =>
        suppressor.OptOutAsync(email, source, null, cancellationToken);

    public Task MarkPrivacyNoticeSentAsync(string email, CancellationToken cancellationToken = default) =>
        privacyNotice.MarkSentAsync(email, cancellationToken);

    public Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default) =>
        resolver.ResolveSegmentAsync(segmentId, cancellationToken);

    public Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default) =>
        resolver.ResolveEmailsAsync(emails, cancellationToken);

    // What an email tells us is best effort: a field that does not validate is dropped, not a reason to lose the contact.
    private ContactFields FieldsOf(InquirySender sender)
    {
        // A display name that is an address ("j.dupont@lemonde.fr") says nothing about the name.
        var name = ContactValidator.Line(sender.DisplayName?.Trim('"', '\'', ' '));
        name = name?.Contains('@', StringComparison.Ordinal) == true ? null : name;
        var space = name?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        var input = new ContactInput
        {
            FirstName = space > 0 ? name![..space] : null,
            LastName = space > 0 ? name![(space + 1)..] : name,
            Outlet = sender.Outlet,
            OutletDomain = sender.OutletDomain,
            MediaType = sender.MediaType,
            City = sender.City,
            Language = sender.Language,
        };
        foreach (var attempt in new[]
        {
            input,
            input with { MediaType = null, OutletDomain = null, Language = null },
            new ContactInput { FirstName = Truncate(input.FirstName), LastName = Truncate(input.LastName) },
        })
        {
            if (validator.TryValidate(attempt, out var fields, out _))
            {
                return fields;
            }
        }

        return new ContactFields();
    }

    private static string? Truncate(string? text) => text?.Length > ContactValidator.NameMax ? text[..ContactValidator.NameMax] : text;
}
