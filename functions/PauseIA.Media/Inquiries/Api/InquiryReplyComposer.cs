using System.Diagnostics.CodeAnalysis;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// The reply mail built from the team's Markdown, in one place so that the preview in the console
/// and the mail that leaves cannot drift apart: same checks, same subject, same renderings.
/// </summary>
public sealed class InquiryReplyComposer(MarkdownRenderer markdown, IJournalistContacts contacts, InquiryAcknowledger acknowledger)
{
    public const int MaxMarkdownChars = 50_000;

    /// <summary>400 when there is nothing to send or too much.</summary>
    public static void Validate([NotNull] ReplyToInquiry? command)
    {
        if (string.IsNullOrWhiteSpace(command?.Markdown) || command.Markdown.Length > MaxMarkdownChars)
        {
            throw DomainException.BadRequest($"Réponse vide ou trop longue ({MaxMarkdownChars} caractères au plus). / The reply is empty or too long.");
        }
    }

    /// <summary>
    /// The answer to the journalist, threaded under their last message. The first mail we send a
    /// contact also carries the privacy notice (GDPR art. 14), be it an answer typed in the console.
    /// </summary>
    public async Task<(OutgoingMail Mail, bool CarriesPrivacyNotice)> ComposeAsync(InquiryThread thread, string replyMarkdown, CancellationToken cancellationToken = default)
    {
        var inquiry = thread.Inquiry;
        var noticeDue = (await contacts.FindAsync(inquiry.Journalist.Email, cancellationToken))?.PrivacyNoticeDue == true;
        var body = noticeDue ? $"{replyMarkdown}\n\n---\n\n{acknowledger.PrivacyNotice(inquiry.Language)}" : replyMarkdown;
        var lastInbound = thread.Messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound && m.MessageId is not null);
        var mail = new OutgoingMail(
            MailKind.InquiryReply, inquiry.Reference, [inquiry.Journalist], InquirySubjects.Reply(inquiry.Subject, inquiry.Reference),
            markdown.ToPlainText(body, inquiry.Language), markdown.ToHtml(body, inquiry.Language))
        {
            InReplyTo = lastInbound?.MessageId,
            References = thread.Messages.Select(m => m.MessageId).OfType<string>().Where(MailHeaderText.IsSafe).TakeLast(10).ToList(),
            Categories = ["inquiry-reply"],
        };
        return (mail, noticeDue);
    }
}
