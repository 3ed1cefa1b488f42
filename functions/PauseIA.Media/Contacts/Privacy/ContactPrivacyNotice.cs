using Microsoft.Extensions.Options;
using PauseIA.Media.Email;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// The privacy notice that the first mail to a contact carries (GDPR art. 14: people whose data we
/// did not collect from them are told at the first communication). A contact's summary says whether
/// it is due; the inquiries feature then adds <see cref="Url"/> to its acknowledgement or reply and
/// calls <see cref="MarkSentAsync"/> once it is sent. Statements link the notice in every mail anyway.
/// </summary>
public sealed class ContactPrivacyNotice(ContactStore store, IOptions<MailOptions> mail, TimeProvider time)
{
    public string Url => mail.Value.PrivacyNoticeUrl;

    public async Task MarkSentAsync(string email, CancellationToken cancellationToken = default)
    {
        if (ContactEmail.TryNormalize(email, out var address))
        {
            var now = time.GetUtcNow();
            await store.UpdateAsync(address, c => c.PrivacyNoticeSentAt is null ? c with { PrivacyNoticeSentAt = now } : null, cancellationToken);
        }
    }
}
