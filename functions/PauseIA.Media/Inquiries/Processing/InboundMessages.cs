using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>Turns received and sent emails into messages of an inquiry's thread.</summary>
public static class InboundMessages
{
    /// <summary>A received email; its id is its idempotency key, so that recording it twice is refused as a duplicate.</summary>
    public static InquiryMessage Received(InboundEmail email, InquiryMessageKind kind) => new()
    {
        Id = email.Key,
        Direction = MessageDirection.Inbound,
        Kind = kind,
        MessageId = email.MessageId,
        From = email.From ?? new MailAddress(email.SenderAddress),
        To = email.To,
        Cc = email.Cc,
        Subject = email.Subject,
        At = email.ReceivedAt,
        Text = email.Text,
        Html = email.Html,
        Attachments = email.Attachments,
        ArchiveKey = email.Key,
        Problems = email.Problems,
    };

    public static InquiryMessage Sent(OutgoingMail mail, string messageId, InquiryMessageKind kind, DateTimeOffset at, MailAddress from, string? author = null) => new()
    {
        Id = InquiryStore.OutgoingId(messageId),
        Direction = MessageDirection.Outbound,
        Kind = kind,
        MessageId = messageId,
        From = from,
        To = mail.To,
        Cc = mail.Cc,
        Subject = mail.Subject,
        At = at,
        Text = mail.Text,
        Html = mail.Html,
        Author = author,
    };
}
