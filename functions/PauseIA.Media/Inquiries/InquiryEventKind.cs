namespace PauseIA.Media.Inquiries;

/// <summary>What a line of an inquiry's timeline records.</summary>
public enum InquiryEventKind
{
    Received,
    Routed,
    Acknowledged,
    AcknowledgementSkipped,
    Notified,
    Assigned,
    Note,
    Replied,
    StatementSent,
    JournalistReplied,
    TeamEmail,
    AutoReply,
    Closed,
    Reopened,
    Escalated,
    Erased,

    /// <summary>Something went wrong that a person must see: a contact that could not be created, a mail that could not be sent.</summary>
    Problem,
}
