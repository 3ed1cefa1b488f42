using System.Diagnostics.CodeAnalysis;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// The reply mail built from the team's Markdown, in one place so that the preview in the console
/// and the mail that leaves cannot drift apart: same checks, same subject, same renderings.
/// </summary>
public sealed class InquiryReplyComposer(MarkdownRenderer markdown)
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

    /// <summary>The answer to the journalist, threaded under their last message.</summary>
    public OutgoingMail Compose(InquiryThread thread, string replyMarkdown)
    {
        var inquiry = thread.Inquiry;
        var lastInbound = thread.Messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound && m.MessageId is not null);
        return new OutgoingMail(
            MailKind.InquiryReply, inquiry.Reference, [inquiry.Journalist], InquirySubjects.Reply(inquiry.Subject, inquiry.Reference),
            markdown.ToPlainText(replyMarkdown, inquiry.Language), markdown.ToHtml(replyMarkdown, inquiry.Language))
        {
            InReplyTo = lastInbound?.MessageId,
            References = thread.Messages.Select(m => m.MessageId).OfType<string>().Where(MailHeaderText.IsSafe).TakeLast(10).ToList(),
            Categories = ["inquiry-reply"],
        };
    }
}
