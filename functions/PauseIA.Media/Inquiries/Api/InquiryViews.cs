using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>Maps inquiries to what the API returns, by hand; inbound HTML is sanitized here, on the way out.</summary>
public sealed class InquiryViews(TeamDirectory team, InboundHtml html)
{
    public const string Kind = "inquiry";

    public InquirySummaryView Summary(Inquiry inquiry, DateTimeOffset now) => new(
        inquiry.Reference, inquiry.Status, Kind, inquiry.Subject, inquiry.Journalist, inquiry.Outlet, inquiry.City, inquiry.Language,
        inquiry.Deadline?.Utc, inquiry.Deadline?.Phrase, inquiry.Urgent, inquiry.Priority, inquiry.IsOverdue(now), Member(inquiry.Assignee),
        inquiry.ReceivedAt, inquiry.LastMessageAt);

    public InquiryView Detail(InquiryThread thread, DateTimeOffset now, IReadOnlyList<MailSend> sends)
    {
        var inquiry = thread.Inquiry;
        return new InquiryView(Summary(inquiry, now))
        {
            DeadlineTimeZone = inquiry.Deadline?.TimeZone,
            UrgencyReason = inquiry.UrgencyReason,
            Watchers = inquiry.Watchers.Select(w => Member(w)!).ToList(),
            Routing = new RoutingView(inquiry.RoutingRule, inquiry.RoutingReason),
            StatementId = inquiry.StatementId,
            RelatedReference = inquiry.RelatedReference,
            ForwardedBy = inquiry.ForwardedBy,
            Acknowledged = inquiry.Acknowledged,
            AnsweredAt = inquiry.AnsweredAt,
            ClosedAt = inquiry.ClosedAt,
            EscalatedAt = inquiry.EscalatedAt,
            Version = inquiry.Version,
            Messages = thread.Messages.Select(m => Message(inquiry.Reference, m)).ToList(),
            Timeline = thread.Events,
            Sends = sends.Where(s => s.NeedsDecision || s.State == MailSendState.Deferred).ToList(),
        };
    }

    public MessageView Message(string reference, InquiryMessage message) => new(
        message.Id, message.Direction, message.Kind, message.MessageId, message.From, message.To, message.Cc, message.Subject, message.At,
        message.Text,
        message.Html is null ? null : message.Direction == MessageDirection.Inbound ? html.Sanitize(message.Html) : message.Html,
        message.Attachments.Select(a => Attachment($"/api/inquiries/{Uri.EscapeDataString(reference)}/attachments", message.Id, a)).ToList(),
        message.Author, message.StatementId, message.Problems);

    public static AttachmentView Attachment(string basePath, string messageId, InboundAttachment attachment)
    {
        var id = $"{messageId}-{attachment.Index}";
        return new AttachmentView(id, attachment.FileName, attachment.ContentType, attachment.Size, $"{basePath}/{id}");
    }

    private MailAddress? Member(string? email) =>
        email is null ? null : team.Find(email) is { } member ? new MailAddress(member.Email, member.DisplayName) : new MailAddress(email);
}
