using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;

namespace PauseIA.Media.Contacts.Segments;

/// <summary>
/// Turns a segment, a filter or a list of addresses into the manifest a sign-off approves: who
/// receives, and who is left out and why. Suppression is checked twice, on the contact and in the
/// suppression list, so that neither a stale flag nor a missing row lets a mail through.
/// </summary>
public sealed class RecipientResolver(ContactStore store, SuppressionList suppression, SegmentStore segments)
{
    public const string ErasedLabel = "Contact effacé (RGPD) / erased contact";
    public const string NoEmailLabel = "(adresse vide) / (no address)";

    public async Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default)
    {
        var segment = await segments.GetAsync(segmentId, cancellationToken);
        return await ResolveAsync(segment.Filter, cancellationToken);
    }

    public async Task<RecipientManifest> ResolveAsync(ContactFilter filter, CancellationToken cancellationToken = default)
    {
        var contactsTask = store.ListAsync(filter.Normalize().WithoutSuppression(), searchColumnsOnly: true, cancellationToken);
        var suppressedTask = suppression.LoadAsync(cancellationToken);
        await Task.WhenAll(contactsTask, suppressedTask);
        return Build(await contactsTask, await suppressedTask, []);
    }

    /// <summary>The manifest for explicit addresses; one that is neither a contact nor erased is a 404 naming it.</summary>
    public async Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default)
    {
        var blanks = emails.Count(string.IsNullOrWhiteSpace);
        var invalid = emails.Where(e => !string.IsNullOrWhiteSpace(e) && !ContactEmail.TryNormalize(e, out _)).ToList();
        if (invalid.Count > 0)
        {
            throw DomainException.BadRequest($"Adresses invalides : {string.Join(", ", invalid)}. / Invalid addresses.");
        }

        var addresses = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(ContactEmail.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var contactsTask = store.FindManyAsync(addresses, cancellationToken);
        var suppressedTask = suppression.LoadAsync(cancellationToken);
        await Task.WhenAll(contactsTask, suppressedTask);
        var contacts = await contactsTask;
        var suppressed = await suppressedTask;

        var missing = addresses.Where(a => !contacts.ContainsKey(a) && suppressed.Reason(a) != SuppressionReason.Erased).ToList();
        if (missing.Count > 0)
        {
            throw DomainException.NotFound($"Pas dans la liste de contacts : {string.Join(", ", missing)}. / Not on the contact list.");
        }

        var erased = addresses.Count(a => !contacts.ContainsKey(a));
        var extra = Enumerable.Repeat(new ManifestExclusion(ErasedLabel, SuppressionReason.Erased), erased)
            .Concat(Enumerable.Repeat(new ManifestExclusion(NoEmailLabel, SuppressionReason.NoEmail), blanks));
        return Build(addresses.Where(contacts.ContainsKey).Select(a => contacts[a]).OrderBy(c => c.Email, StringComparer.Ordinal).ToList(), suppressed, extra);
    }

    private static RecipientManifest Build(IReadOnlyList<Contact> contacts, SuppressionSet suppressed, IEnumerable<ManifestExclusion> extra)
    {
        var recipients = new List<ManifestRecipient>();
        var excluded = new List<ManifestExclusion>();
        foreach (var contact in contacts)
        {
            if ((suppressed.Reason(contact.Email) ?? contact.Suppression) is { } reason)
            {
                excluded.Add(reason == SuppressionReason.Erased
                    ? new ManifestExclusion(ErasedLabel, reason)
                    : new ManifestExclusion($"{contact.DisplayName} <{contact.Email}>", reason));
            }
            else
            {
                recipients.Add(new ManifestRecipient(contact.Email, contact.DisplayName == contact.Email ? null : contact.DisplayName, contact.Language));
            }
        }

        excluded.AddRange(extra);
        return new RecipientManifest(recipients, excluded);
    }
}
