using System.Collections.Concurrent;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Tests.Statements.Fakes;

/// <summary>An in-memory contact list with segments and suppressions, recording what the statements feature asks of it.</summary>
public sealed class FakeJournalistContacts : IJournalistContacts
{
    private readonly ConcurrentDictionary<string, ContactSummary> contacts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SuppressionReason> suppressed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> segments = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Email, ContactActivity Activity)> Activities { get; } = new();

    public ConcurrentQueue<(string Email, string Source)> OptOuts { get; } = new();

    public ConcurrentQueue<(string Email, string Reason)> HardBounces { get; } = new();

    public void Add(string email, string? name = null, string? segment = null)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var parts = name?.Split(' ', 2);
        contacts[normalized] = new ContactSummary(normalized, parts?[0], parts?.ElementAtOrDefault(1), "Le Média", "national", null, "fr", null, false, false, false);
        if (segment is not null)
        {
            lock (segments)
            {
                segments.GetOrAdd(segment, _ => []).Add(normalized);
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

    public void Suppress(string email, SuppressionReason reason) => suppressed[email] = reason;

    public Task<ContactSummary?> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default) =>
        Task.FromResult<ContactSummary?>(contacts.GetOrAdd(sender.Email.ToLowerInvariant(), e => new ContactSummary(e, null, null, null, null, null, null, null, false, false, true)));

    public Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(contacts.TryGetValue(email.Trim().ToLowerInvariant(), out var contact) ? contact : null);

    public Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default)
    {
        Activities.Enqueue((email, activity));
        return Task.CompletedTask;
    }

    public Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(suppressed.TryGetValue(email, out var reason) ? reason : (SuppressionReason?)null);

    public Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default)
    {
        HardBounces.Enqueue((email, reason));
        suppressed[email] = SuppressionReason.HardBounce;
        return Task.CompletedTask;
    }

    public Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default)
    {
        OptOuts.Enqueue((email, source));
        suppressed[email] = SuppressionReason.OptedOut;
        return Task.CompletedTask;
    }

    public Task MarkPrivacyNoticeSentAsync(string email, CancellationToken cancellationToken = default) => Task.CompletedTask;

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
        var unknown = emails.Where(e => !contacts.ContainsKey(e.Trim().ToLowerInvariant())).ToList();
        return unknown.Count > 0
            ? throw DomainException.BadRequest($"Not contacts: {string.Join(", ", unknown)}")
            : Task.FromResult(Manifest(emails.Select(e => e.Trim().ToLowerInvariant()).ToList()));
    }

    private RecipientManifest Manifest(List<string> emails) => new(
        emails.Where(e => !suppressed.ContainsKey(e)).Select(e => new ManifestRecipient(e, contacts[e].DisplayName, contacts[e].Language)).ToList(),
        emails.Where(suppressed.ContainsKey).Select(e => new ManifestExclusion(e, suppressed[e])).ToList());
}
