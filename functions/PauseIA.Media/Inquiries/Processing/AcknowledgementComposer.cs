using System.Globalization;
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
        var text = Text(inquiry, name, firstContact, now);

        // A forward's Message-ID and subject are our colleague's, not the journalist's: answer the forwarded message.
        var forward = inquiry.ForwardedBy is not null;
        return new OutgoingMail(MailKind.Acknowledgement, inquiry.Reference, [new MailAddress(recipient, name is null ? null : MailHeaderText.Clean(name))], InquirySubjects.Reply(forward ? inquiry.Subject : email.Subject, inquiry.Reference), text)
        {
            InReplyTo = forward ? null : Safe(email.MessageId),
            References = forward ? [] : ThreadReferences(email),
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

    private string Text(Inquiry inquiry, string? name, bool firstContact, DateTimeOffset now)
    {
        var english = inquiry.Language == "en";
        var words = english ? AcknowledgementWording.English : AcknowledgementWording.French;
        var responseTime = english ? options.Value.ResponseTimeEn : options.Value.ResponseTimeFr;
        var text = new StringBuilder();
        text.Append(name is null ? $"{words.Hello},\n\n" : $"{words.Hello} {MailHeaderText.Clean(name)},\n\n");
        text.Append(Format(words.Received, MailHeaderText.Clean(inquiry.Subject), inquiry.Reference)).Append("\n\n");
        text.Append(
            DeadlineIsSooner(inquiry, now) ? Format(words.DeadlineIsSooner, Phrase(inquiry, english, words))
            : inquiry.Deadline is null ? Format(words.AnswerWithin, responseTime)
            : Format(words.AnswerWithinAndBeforeDeadline, responseTime, Phrase(inquiry, english, words))).Append("\n\n");
        text.Append(words.HowToAdd).Append("\n\n");
        text.Append($"{words.SignOff}\n{mail.Value.PressAddress}\n\n");
        text.Append(words.Automatic).Append('\n');
        if (firstContact)
        {
            text.Append($"\n{PrivacyNoticeSentence.For(inquiry.Language, mail.Value.PrivacyNoticeUrl)}\n");
        }

        return text.ToString();
    }

    private static string Format(CompositeFormat format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private bool DeadlineIsSooner(Inquiry inquiry, DateTimeOffset now) => inquiry.Deadline is { } deadline && deadline.Utc < now + options.Value.ResponseTime;

    private string Phrase(Inquiry inquiry, bool english, AcknowledgementWording words)
    {
        var when = time.Format(inquiry.Deadline!.Utc, english ? "en" : "fr");
        return string.IsNullOrWhiteSpace(inquiry.Deadline.Phrase) ? when : $"{when}, {words.OpenQuote}{MailHeaderText.Clean(inquiry.Deadline.Phrase)}{words.CloseQuote}";
    }

    private static string? Safe(string? messageId) => messageId is not null && MailHeaderText.IsSafe(messageId) && !messageId.Contains(' ', StringComparison.Ordinal) ? messageId : null;
}
