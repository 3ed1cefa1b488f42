using System.Collections.Concurrent;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Testing;

/// <summary>
/// The contact list in memory, for the features that use it (inquiries, statements), so that their tests
/// count their own storage and can hold thousands of recipients. It records what it is asked, and it
/// compares addresses as the real list does: normalized by <see cref="ContactEmail"/>, an invalid one
/// never mailed, a suppression held whether or not the address is a contact.
/// </summary>
public sealed class FakeJournalistContacts : IJournalistContacts
{
    private readonly ConcurrentDictionary<string, ContactSummary> contacts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SuppressionReason> suppressed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> segments = new(StringComparer.Ordinal);

    public ConcurrentQueue<InquirySender> Senders { get; } = new();

    public ConcurrentQueue<(string Email, ContactActivity Activity)> Activities { get; } = new();

    public ConcurrentQueue<(string Email, string Source)> OptOuts { get; } = new();

    public ConcurrentQueue<(string Email, string Reason)> HardBounces { get; } = new();

    public ConcurrentQueue<string> PrivacyNoticesSent { get; } = new();

    public void Add(ContactSummary contact)
    {
        var email = ContactEmail.Normalize(contact.Email);
        contacts[email] = contact with { Email = email };
    }

    /// <summary>A contact with a name, optionally in a segment, speaking French unless told otherwise.</summary>
    public void Add(string email, string? name = null, string? segment = null, string language = "fr")
    {
        var parts = name?.Split(' ', 2);
        Add(new ContactSummary(email, parts?[0], parts?.ElementAtOrDefault(1), "Le Média", null, null, language, null, false, false, false));
        if (segment is not null)
        {
            lock (segments)
            {
                segments.GetOrAdd(segment, _ => []).Add(ContactEmail.Normalize(email));
            }
        }
    }

    /// <summary>A segment of <paramref name="count"/> new contacts named after it.</summary>
    public IReadOnlyList<string> AddSegment(string segment, int count)
    {
        segments.TryAdd(segment, []);
        var emails = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"journaliste{i:D4}@{segment}.example";
            Add(email, $"Journaliste {i:D4}", segment);
            emails.Add(email);
        }

        return emails;
    }

    public void Suppress(string email, SuppressionReason reason) => suppressed[ContactEmail.Normalize(email)] = reason;

    public Task<ContactSummary?> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default)
    {
        Senders.Enqueue(sender);
        if (!ContactEmail.TryNormalize(sender.Email, out var normalized))
        {
            return Task.FromResult<ContactSummary?>(null);
        }

        var created = false;
        var contact = contacts.GetOrAdd(normalized, email =>
        {
            created = true;
            var name = sender.DisplayName?.Split(' ', 2);
            var held = suppressed.TryGetValue(email, out var reason) ? reason : (SuppressionReason?)null;
            return new ContactSummary(
                email, name?[0], name is { Length: 2 } ? name[1] : null, sender.Outlet, sender.MediaType, sender.City, sender.Language, null,
                OptedOut: held == SuppressionReason.OptedOut, HardBounced: held == SuppressionReason.HardBounce, Created: false, PrivacyNoticeDue: true);
        });
        return Task.FromResult<ContactSummary?>(contact with { Created = created });
    }

    public Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(ContactEmail.TryNormalize(email, out var address) && contacts.TryGetValue(address, out var contact) ? contact : null);

    public Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default)
    {
        Activities.Enqueue((Normalized(email), activity));
        return Task.CompletedTask;
    }

    public Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(ContactEmail.TryNormalize(email, out var address) ? SuppressionOf(address) : SuppressionReason.NoEmail);

    public Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default)
    {
        HardBounces.Enqueue((Normalized(email), reason));
        Hold(email, SuppressionReason.HardBounce, c => c with { HardBounced = true });
        return Task.CompletedTask;
    }

    public Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default)
    {
        OptOuts.Enqueue((Normalized(email), source));
        Hold(email, SuppressionReason.OptedOut, c => c with { OptedOut = true });
        return Task.CompletedTask;
    }

    public Task MarkPrivacyNoticeSentAsync(string email, CancellationToken cancellationToken = default)
    {
        PrivacyNoticesSent.Enqueue(Normalized(email));
        Update(email, c => c with { PrivacyNoticeDue = false });
        return Task.CompletedTask;
    }

    public Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default)
    {
        if (!segments.TryGetValue(segmentId, out var members))
        {
            throw DomainException.NotFound($"Segment introuvable : {segmentId}.");
        }

        lock (segments)
        {
            return Task.FromResult(Manifest(members.ToList()));
        }
    }

    public Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default)
    {
        var normalized = emails.Select(Normalized).ToList();
        var unknown = normalized.Where(e => !contacts.ContainsKey(e)).ToList();
        return unknown.Count > 0
            ? throw DomainException.BadRequest($"Not contacts: {string.Join(", ", unknown)}")
            : Task.FromResult(Manifest(normalized));
    }

    private static string Normalized(string email) => ContactEmail.TryNormalize(email, out var address) ? address : email;

    private SuppressionReason? SuppressionOf(string email) =>
        suppressed.TryGetValue(email, out var reason) ? reason
        : contacts.TryGetValue(email, out var c) ? c.OptedOut ? SuppressionReason.OptedOut : c.HardBounced ? SuppressionReason.HardBounce : null
        : null;

    // As the real list: the suppression is held for the address, and a contact's flag follows if it is one.
    private void Hold(string email, SuppressionReason reason, Func<ContactSummary, ContactSummary> flag)
    {
        suppressed[Normalized(email)] = reason;
        Update(email, flag);
    }

    private void Update(string email, Func<ContactSummary, ContactSummary> change)
    {
        var address = Normalized(email);
        while (contacts.TryGetValue(address, out var contact))
        {
            if (contacts.TryUpdate(address, change(contact), contact))
            {
                return;
            }
        }
    }

    private RecipientManifest Manifest(List<string> emails) => new(
        emails.Where(e => SuppressionOf(e) is null).Select(e => new ManifestRecipient(e, contacts[e].DisplayName, contacts[e].Language)).ToList(),
        emails.Where(e => SuppressionOf(e) is not null).Select(e => new ManifestExclusion(e, SuppressionOf(e)!.Value)).ToList());
}
