namespace PauseIA.Media.Inquiries;

/// <summary>Where an inquiry stands. <see cref="Inquiry"/> guards the moves between them.</summary>
public enum InquiryStatus
{
    /// <summary>Routed to someone, not yet taken up.</summary>
    New,

    /// <summary>Someone has taken it, or the journalist wrote again: an answer is owed.</summary>
    Assigned,

    Answered,

    /// <summary>We answered and asked the journalist something back.</summary>
    WaitingOnJournalist,

    Closed,
}
