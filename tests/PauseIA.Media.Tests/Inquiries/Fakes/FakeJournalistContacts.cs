using System.Collections.Concurrent;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Tests.Inquiries.Fakes;

/// <summary>The contact list in memory, touching no storage, so that storage counts and outcomes are the inquiries feature's own.</summary>
public sealed class FakeJournalistContacts : IJournalistContacts
{
    private readonly ConcurrentDictionary<string, ContactSummary> contacts = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<(string Email, ContactActivity Activity)> Activities { get; } = new();

    public ConcurrentQueue<(string Email, string Reason)> HardBounces { get; } = new();

    public ConcurrentQueue<InquirySender> Senders { get; } = new();

    public ConcurrentQueue<string> PrivacyNoticesSent { get; } = new();

    public void Add(ContactSummary contact) => contacts[contact.Email] = contact;

    public Task<ContactSummary?> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default)
    {
        Senders.Enqueue(sender);
        if (!ContactEmail.TryNormalize(sender.Email, out _))
        {
            return Task.FromResult<ContactSummary?>(null);
        }

        var created = false;
        var contact = contacts.GetOrAdd(sender.Email.Trim().ToLowerInvariant(), email =>
        {
            created = true;
            var name = sender.DisplayName?.Split(' ', 2);
            return new ContactSummary(email, name?[0], name is { Length: 2 } ? name[1] : null, sender.Outlet, sender.MediaType, sender.City, sender.Language, null, false, false, false, PrivacyNoticeDue: true);
        });
        return Task.FromResult<ContactSummary?>(contact with { Created = created });
    }

    public Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(contacts.TryGetValue(email.Trim(), out var contact) ? contact : null);

    public Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default)
    {
        Activities.Enqueue((email, activity));
        return Task.CompletedTask;
    }

    public Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult<SuppressionReason?>(contacts.TryGetValue(email.Trim(), out var c) ? c.OptedOut ? SuppressionReason.OptedOut : c.HardBounced ? SuppressionReason.HardBounce : null : null);

    public Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default)
    {
        HardBounces.Enqueue((email, reason));
        contacts.AddOrUpdate(email, e => new ContactSummary(e, null, null, null, null, null, null, null, false, true, false), (_, c) => c with { HardBounced = true });
        return Task.CompletedTask;
    }

    public Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default)
    {
        contacts.AddOrUpdate(email, e => new ContactSummary(e, null, null, null, null, null, null, null, true, false, false), (_, c) => c with { OptedOut = true });
        return Task.CompletedTask;
    }

    public Task MarkPrivacyNoticeSentAsync(string email, CancellationToken cancellationToken = default)
    {
        PrivacyNoticesSent.Enqueue(email);
        contacts.AddOrUpdate(email, e => new ContactSummary(e, null, null, null, null, null, null, null, false, false, false), (_, c) => c with { PrivacyNoticeDue = false });
        return Task.CompletedTask;
    }

    public Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Inquiries never resolve segments.");

    public Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Inquiries never resolve recipient lists.");
}
