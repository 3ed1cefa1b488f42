using PauseIA.Media.Common;
using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// A press inquiry: who asked, by when, who answers and where it stands. Its status changes only
/// through the methods below, which refuse an illegal move with a 409 that says why.
/// </summary>
public sealed record Inquiry
{
    public required string Reference { get; init; }

    public InquiryStatus Status { get; init; } = InquiryStatus.New;

    public required string Subject { get; init; }

    public required MailAddress Journalist { get; init; }

    public InquiryOutlet? Outlet { get; init; }

    public string? City { get; init; }

    public string Language { get; init; } = "fr";

    public InquiryDeadline? Deadline { get; init; }

    public bool Urgent { get; init; }

    public string? UrgencyReason { get; init; }

    public InquiryPriority Priority { get; init; } = InquiryPriority.Normal;

    public string? Assignee { get; init; }

    public IReadOnlyList<string> Watchers { get; init; } = [];

    public string RoutingRule { get; init; } = "";

    public string RoutingReason { get; init; } = "";

    /// <summary>The statement this inquiry answers, when a journalist replied to one.</summary>
    public string? StatementId { get; init; }

    /// <summary>The inquiry whose thread this email cited without being allowed to join it.</summary>
    public string? RelatedReference { get; init; }

    /// <summary>The team member who forwarded the journalist's email to us.</summary>
    public string? ForwardedBy { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset LastMessageAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool Acknowledged { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>When the answer now owed became owed, if not on arrival: the journalist's follow-up to an answered or closed inquiry.</summary>
    public DateTimeOffset? OwedSince { get; init; }

    /// <summary>The stored version (ETag); null before it is stored.</summary>
    public string? Version { get; init; }

    /// <summary>The list rows stored with this version (<see cref="InquiryKeys.ListsOf"/>), which a save moves.</summary>
    internal IReadOnlyList<string>? ListedAs { get; init; }

    /// <summary>Nobody has answered yet.</summary>
    public bool AwaitsAnswer => Status is InquiryStatus.New or InquiryStatus.Assigned;

    public bool IsOverdue(DateTimeOffset now) => AwaitsAnswer && Deadline is not null && Deadline.Utc < now;

    /// <summary>
    /// Half the time to the deadline, or <paramref name="withoutDeadline"/> after arrival. A follow-up
    /// is measured from its own arrival, and a deadline it outlived no longer counts.
    /// </summary>
    public DateTimeOffset EscalationDueAt(TimeSpan withoutDeadline)
    {
        var since = OwedSince ?? ReceivedAt;
        return Deadline is { } deadline && (OwedSince is null || deadline.Utc > since)
            ? since + ((deadline.Utc - since) / 2)
            : since + withoutDeadline;
    }

    public bool Involves(string email) =>
        string.Equals(Assignee, email, StringComparison.OrdinalIgnoreCase) || Watchers.Contains(email, StringComparer.OrdinalIgnoreCase);

    public Inquiry AssignTo(string member)
    {
        if (Status == InquiryStatus.Closed)
        {
            throw DomainException.Conflict($"{Reference} est close : rouvrez-la avant de l'assigner. / The inquiry is closed: reopen it first.");
        }

        return this with
        {
            Assignee = member,
            Watchers = Watchers.Where(w => !string.Equals(w, member, StringComparison.OrdinalIgnoreCase)).ToList(),
            Status = Status == InquiryStatus.New ? InquiryStatus.Assigned : Status,
        };
    }

    /// <summary>An answer went to the journalist (from the console, a statement, or a team member's mailbox).</summary>
    public Inquiry Answer(DateTimeOffset at, bool waitForJournalist = false)
    {
        if (Status == InquiryStatus.Closed)
        {
            throw DomainException.Conflict($"{Reference} est close : rouvrez-la avant de répondre. / The inquiry is closed: reopen it before answering.");
        }

        return this with { Status = waitForJournalist ? InquiryStatus.WaitingOnJournalist : InquiryStatus.Answered, AnsweredAt = at };
    }

    public Inquiry Close(DateTimeOffset at)
    {
        if (Status == InquiryStatus.Closed)
        {
            throw DomainException.Conflict($"{Reference} est déjà close. / The inquiry is already closed.");
        }

        return this with { Status = InquiryStatus.Closed, ClosedAt = at };
    }

    public Inquiry Reopen()
    {
        if (Status != InquiryStatus.Closed)
        {
            throw DomainException.Conflict($"{Reference} n'est pas close. / The inquiry is not closed.");
        }

        return this with { Status = Reopened, ClosedAt = null };
    }

    /// <summary>The journalist wrote again: whatever the status, an answer is owed (a closed inquiry reopens).</summary>
    public Inquiry JournalistWrote(DateTimeOffset at) => this with
    {
        Status = Status == InquiryStatus.New ? InquiryStatus.New : Reopened,
        ClosedAt = null,
        LastMessageAt = at,
        EscalatedAt = AwaitsAnswer ? EscalatedAt : null,
        OwedSince = AwaitsAnswer ? OwedSince : at,
    };

    private InquiryStatus Reopened => Assignee is null ? InquiryStatus.New : InquiryStatus.Assigned;
}
