using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Routing;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Decides who, if anyone, gets an acknowledgement, and sends it. It goes to the return path
/// (RFC 3834 §4), never to a Reply-To; never to the team, to our own addresses, to a null return
/// path, or to a journalist who opted out or whose address bounced.
/// </summary>
public sealed class InquiryAcknowledger(AcknowledgementComposer composer, MailSender sender, MailSends sends, TeamDirectory team, IOptions<MailOptions> mail)
{
    public MailAddress PressAddress => new(mail.Value.PressAddress, mail.Value.PressName);

    /// <summary>The privacy notice sentence for a mail in <paramref name="language"/>.</summary>
    public string PrivacyNotice(string language) => PrivacyNoticeSentence.For(language, mail.Value.PrivacyNoticeUrl);

    /// <summary>
    /// The address to acknowledge, or null with the reason (French) why not. Without a contact (an
    /// address the list refuses) there is none: opt-outs and bounces could not be checked, and an
    /// address we cannot validate is refused by SendGrid or bounces back to us.
    /// </summary>
    /// <remarks>
    /// A forward is acknowledged only when its routing rule says so (<see cref="RoutingDecision.AcknowledgeForwards"/>),
    /// and then to the journalist, never to whoever of ours forwarded it.
    /// </remarks>
    public (string? Recipient, string? SkipReason) Recipient(InboundEmail email, InquiryFacts facts, ContactSummary? contact, RoutingDecision routing)
    {
        var forwarded = facts.ForwardedBy is not null;
        if (forwarded && !routing.AcknowledgeForwards)
        {
            return (null, $"Transférée par {facts.ForwardedBy} : le·la journaliste n'a pas écrit à la presse, pas d'accusé de réception (règle « {routing.Rule} »).");
        }

        var recipient = forwarded ? facts.Journalist.Email : email.ReturnAddress;
        return true switch
        {
            _ when recipient is null => (null, "Chemin de retour vide : pas d'accusé de réception."),
            _ when team.IsTeamAddress(recipient) || (!forwarded && team.IsTeamAddress(email.From?.Email)) => (null, "Message d'un membre de l'équipe : pas d'accusé de réception."),
            _ when mail.Value.AllOwnAddresses().Contains(recipient, StringComparer.OrdinalIgnoreCase) => (null, "Chemin de retour vers nos propres adresses : pas d'accusé de réception."),
            _ when mail.Value.IsOwnDomain(recipient) || (!forwarded && mail.Value.IsOwnDomain(email.From?.Email)) => (null, "Message de l'un de nos domaines : pas d'accusé de réception."),
            _ when !ContactEmail.TryNormalize(recipient, out _) => (null, $"Adresse de retour « {recipient} » non valide : pas d'accusé de réception."),
            _ when contact is null => (null, $"Adresse de l'expéditeur « {facts.Journalist.Email} » non valide, sans contact : pas d'accusé de réception."),
            _ when contact.OptedOut => (null, "Contact désinscrit : pas d'accusé de réception."),
            _ when contact.HardBounced => (null, "Adresse en échec définitif : pas d'accusé de réception."),
            _ => (recipient, null),
        };
    }

    public (OutgoingMail Mail, string MessageId) Prepare(Inquiry inquiry, InboundEmail email, string recipient, bool firstContact, DateTimeOffset now) =>
        (composer.Compose(inquiry, email, recipient, firstContact, now), sender.NewMessageId());

    /// <summary>
    /// Sends a prepared acknowledgement of <paramref name="email"/> once, whichever run of it sends (see
    /// <see cref="KeyOf"/>); its outcome is recorded, and a deferred one is retried by the queue.
    /// </summary>
    public Task<MailSend> SendAsync(InboundEmail email, OutgoingMail acknowledgement, string messageId, CancellationToken cancellationToken = default) =>
        sends.SendAsync(acknowledgement, messageId, key: KeyOf(email, acknowledgement.To[0].Email), cancellationToken: cancellationToken);

    /// <summary>The send of the acknowledgement of <paramref name="email"/>: the same in every run of it.</summary>
    public static string KeyOf(InboundEmail email, string recipient) => MailSends.KeyOf(email.Key, MailKind.Acknowledgement, recipient);
}
