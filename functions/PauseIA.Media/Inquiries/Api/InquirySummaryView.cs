using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>One line of the inquiries list (<c>GET /api/inquiries</c>), and the start of an <see cref="InquiryView"/>.</summary>
public record InquirySummaryView(
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
    bool Urgent,
    InquiryPriority Priority,
    bool Overdue,
    MailAddress? Assignee,
    DateTimeOffset ReceivedAt,
    DateTimeOffset LastMessageAt);
