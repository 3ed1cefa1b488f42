using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// An inquiry with its thread and timeline (<c>GET /api/inquiries/{reference}</c>); <see cref="Version"/> goes back in If-Match.
/// <see cref="Sends"/>: its mails that did not simply leave (waiting for a retry, refused, or of unknown outcome), for a person to see and decide.
/// </summary>
public sealed record InquiryView(
    string Reference,
    InquiryStatus Status,
    string Kind,
    string Subject,
    MailAddress From,
    InquiryOutlet? Outlet,
    string? City,
    string Language,
    DateTimeOffset? DeadlineUtc,
    string? DeadlinePhrase,
    string? DeadlineTimeZone,
    bool Urgent,
    string? UrgencyReason,
    InquiryPriority Priority,
    bool Overdue,
    MailAddress? Assignee,
    IReadOnlyList<MailAddress> Watchers,
    RoutingView Routing,
    string? StatementId,
    string? RelatedReference,
    string? ForwardedBy,
    bool Acknowledged,
    DateTimeOffset ReceivedAt,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? EscalatedAt,
    string? Version,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<InquiryEvent> Timeline,
    IReadOnlyList<MailSend> Sends);
