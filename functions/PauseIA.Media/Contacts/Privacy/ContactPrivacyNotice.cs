using Microsoft.Extensions.Options;
using PauseIA.Media.Email;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// The privacy notice that the first mail to a contact carries (GDPR art. 14: people whose data we
/// did not collect from them are told at the first communication). The inquiries acknowledgement asks
/// <see cref="IsDueAsync"/> before sending, includes <see cref="Url"/> when true, and calls
/// <see cref="MarkSentAsync"/> after. Statements link the notice in every mail anyway.
/// </summary>
public sealed class ContactPrivacyNotice(ContactStore store, IOptions<MailOptions> mail, TimeProvider time)
{
    public string Url => mail.Value.PrivacyNoticeUrl;

    /// <summary>True until a mail with the notice went to the address (also for an address that is not a contact yet).</summary>
    public async Task<bool> IsDueAsync(string email, CancellationToken cancellationToken = default) =>
        !ContactEmail.TryNormalize(email, out var address) || await store.FindAsync(address, cancellationToken) is not { PrivacyNoticeSentAt: not null };

    public async Task MarkSentAsync(string email, CancellationToken cancellationToken = default)
    {
        if (ContactEmail.TryNormalize(email, out var address))
        {
            var now = time.GetUtcNow();
            await store.UpdateAsync(address, c => c.PrivacyNoticeSentAt is null ? c with { PrivacyNoticeSentAt = now } : null, cancellationToken);
        }
    }
}
