namespace PauseIA.Media.Contacts;

/// <summary>
/// What the inquiries and statements features need from the contact list. Implemented by the
/// contacts feature; kept narrow so that each feature can be tested with its own fake.
/// Emails are compared normalized (trimmed, lower-cased).
/// </summary>
public interface IJournalistContacts
{
    /// <summary>
    /// The contact with this email, or one created with source "inquiry" from what the email told us;
    /// null when the address is not one the list accepts (<see cref="ContactEmail"/>): mail still
    /// carries such addresses, and the inquiry opens without a contact.
    /// </summary>
    Task<ContactSummary?> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default);

    Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Appends to the contact's activity timeline (no-op for an unknown or erased address).</summary>
    Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Whether an address must never be mailed: opted out, hard-bounced or erased.</summary>
    Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Those of <paramref name="emails"/> that must never be mailed, with why, as of now (a send batch's check).
    /// By default one <see cref="SuppressionAsync"/> each; the contact list answers in one read.
    /// </summary>
    async Task<IReadOnlyDictionary<string, SuppressionReason>> SuppressionsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, SuppressionReason>(StringComparer.Ordinal);
        foreach (var email in emails)
        {
            if (await SuppressionAsync(email, cancellationToken) is { } reason)
            {
                found[email] = reason;
            }
        }

        return found;
    }

    Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default);

    Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default);

    /// <summary>Records that a mail carrying the privacy notice went to the contact (GDPR art. 14), so later mail leaves it out.</summary>
    Task MarkPrivacyNoticeSentAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The recipients of a saved segment, and each contact left out with why: the manifest a sign-off freezes.</summary>
    Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default);

    /// <summary>The same manifest for an explicit list of addresses; an address that is not a contact is an error.</summary>
    Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default);
}
