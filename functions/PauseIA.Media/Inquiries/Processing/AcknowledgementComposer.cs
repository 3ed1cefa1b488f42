using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// The acknowledgement a journalist gets, in their language: the reference, when to expect an
/// answer (sooner when their deadline is sooner), marked as an automatic reply (RFC 3834) so that
/// their own auto-responder stays quiet, threaded on their email, and with the privacy notice
/// the first time we record their details (GDPR art. 14).
/// </summary>
public sealed class AcknowledgementComposer(IOptions<InquiriesOptions> options, IOptions<MailOptions> mail, InquiryTime time)
{
    /// <summary>How many References a reply carries: enough for any client to thread, bounded against huge chains.</summary>
    private const int MaxReferences = 10;

    public OutgoingMail Compose(Inquiry inquiry, InboundEmail email, string recipient, bool firstContact, DateTimeOffset now)
    {
        var name = recipient == inquiry.Journalist.Email ? inquiry.Journalist.Name : null;
        var text = inquiry.Language == "en" ? English(inquiry, name, firstContact, now) : French(inquiry, name, firstContact, now);
        return new OutgoingMail(MailKind.Acknowledgement, inquiry.Reference, [new MailAddress(recipient, name is null ? null : MailHeaderText.Clean(name))], InquirySubjects.Reply(email.Subject, inquiry.Reference), text)
        {
            InReplyTo = Safe(email.MessageId),
            References = ThreadReferences(email),
            Headers = new Dictionary<string, string>
            {
                ["Auto-Submitted"] = "auto-replied",
                ["X-Auto-Response-Suppress"] = "All",
            },
            Categories = ["acknowledgement"],
        };
    }

    /// <summary>The email's References followed by its Message-ID (RFC 5322 §3.6.4).</summary>
    public static IReadOnlyList<string> ThreadReferences(InboundEmail email) =>
        email.References.Append(email.MessageId ?? "").Where(id => id.Length > 0 && MailHeaderText.IsSafe(id) && !id.Contains(' ', StringComparison.Ordinal))
            .TakeLast(MaxReferences).ToList();

    private string French(Inquiry inquiry, string? name, bool firstContact, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append(name is null ? "Bonjour,\n\n" : $"Bonjour {MailHeaderText.Clean(name)},\n\n");
        text.Append($"Nous avons bien reçu votre message « {MailHeaderText.Clean(inquiry.Subject)} », enregistré sous la référence {inquiry.Reference}.\n\n");
        text.Append(DeadlineIsSooner(inquiry, now)
            ? $"Nous avons noté votre échéance ({Phrase(inquiry, "fr")}) et vous répondrons avant.\n\n"
            : inquiry.Deadline is null
                ? $"Nous vous répondrons {options.Value.ResponseTimeFr}.\n\n"
                : $"Nous vous répondrons {options.Value.ResponseTimeFr}, et en tout cas avant votre échéance ({Phrase(inquiry, "fr")}).\n\n");
        text.Append("Pour compléter votre demande, répondez simplement à ce message : la référence dans l'objet nous permet de suivre l'échange.\n\n");
        text.Append($"Bien cordialement,\nL'équipe presse de Pause IA\n{mail.Value.PressAddress}\n\n");
        text.Append("Ce message est un accusé de réception automatique.\n");
        if (firstContact)
        {
            text.Append($"\nVos coordonnées professionnelles sont enregistrées pour le suivi de nos échanges avec la presse. Pour en savoir plus et exercer vos droits : {mail.Value.PrivacyNoticeUrl}\n");
        }

        return text.ToString();
    }

    private string English(Inquiry inquiry, string? name, bool firstContact, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append(name is null ? "Hello,\n\n" : $"Hello {MailHeaderText.Clean(name)},\n\n");
        text.Append($"We have received your message “{MailHeaderText.Clean(inquiry.Subject)}”, filed under reference {inquiry.Reference}.\n\n");
        text.Append(DeadlineIsSooner(inquiry, now)
            ? $"We have noted your deadline ({Phrase(inquiry, "en")}) and will get back to you before then.\n\n"
            : inquiry.Deadline is null
                ? $"We will get back to you {options.Value.ResponseTimeEn}.\n\n"
                : $"We will get back to you {options.Value.ResponseTimeEn}, and in any case before your deadline ({Phrase(inquiry, "en")}).\n\n");
        text.Append("To add to your request, simply reply to this message: the reference in the subject lets us follow the conversation.\n\n");
        text.Append($"Best regards,\nThe Pause IA press team\n{mail.Value.PressAddress}\n\n");
        text.Append("This is an automatic acknowledgement.\n");
        if (firstContact)
        {
            text.Append($"\nWe keep your professional contact details to follow up on our exchanges with the press. To learn more and exercise your rights: {mail.Value.PrivacyNoticeUrl}\n");
        }

        return text.ToString();
    }

    private bool DeadlineIsSooner(Inquiry inquiry, DateTimeOffset now) => inquiry.Deadline is { } deadline && deadline.Utc < now + options.Value.ResponseTime;

    private string Phrase(Inquiry inquiry, string language) =>
        string.IsNullOrWhiteSpace(inquiry.Deadline!.Phrase) ? time.Format(inquiry.Deadline.Utc, language)
        : language == "en" ? $"{time.Format(inquiry.Deadline.Utc, language)}, “{MailHeaderText.Clean(inquiry.Deadline.Phrase)}”"
        : $"{time.Format(inquiry.Deadline.Utc, language)}, « {MailHeaderText.Clean(inquiry.Deadline.Phrase)} »";

    private static string? Safe(string? messageId) => messageId is not null && MailHeaderText.IsSafe(messageId) && !messageId.Contains(' ', StringComparison.Ordinal) ? messageId : null;
}
