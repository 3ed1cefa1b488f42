using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// An inquiry with its thread and timeline (<c>GET /api/inquiries/{reference}</c>): its line in the list,
/// then the rest. <see cref="Version"/> goes back in If-Match. <see cref="Sends"/>: its mails that did not
/// simply leave (waiting for a retry, refused, or of unknown outcome), for a person to see and decide.
/// </summary>
public sealed record InquiryView : InquirySummaryView
{
    public InquiryView(InquirySummaryView summary)
        : base(summary)
    {
    }

    public string? DeadlineTimeZone { get; init; }

    public string? UrgencyReason { get; init; }

    public required IReadOnlyList<MailAddress> Watchers { get; init; }

    public required RoutingView Routing { get; init; }

    public string? StatementId { get; init; }

    public string? RelatedReference { get; init; }

    public string? ForwardedBy { get; init; }

    public bool Acknowledged { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    public string? Version { get; init; }

    public required IReadOnlyList<MessageView> Messages { get; init; }

    public required IReadOnlyList<InquiryEvent> Timeline { get; init; }

    public IReadOnlyList<MailSend> Sends { get; init; } = [];
}
