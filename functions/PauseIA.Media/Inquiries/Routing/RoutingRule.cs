namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// One routing rule. <see cref="AssignTo"/> and <see cref="Watchers"/> name a member by email, a
/// role (<c>spokesperson</c>, <c>commsDirector</c>, <c>pressOfficer</c>, <c>admin</c>), or
/// <c>cityLead</c>: the local lead of the inquiry's city.
/// </summary>
public sealed record RoutingRule
{
    public string Name { get; init; } = "";

    public RoutingCondition When { get; init; } = new();

    public string AssignTo { get; init; } = "";

    public IReadOnlyList<string> Watchers { get; init; } = [];

    public InquiryPriority? Priority { get; init; }

    /// <summary>
    /// Whether the journalist of a forwarded inquiry gets an acknowledgement. Off by default: they
    /// wrote to one of us, not to the press inbox, and may not expect a mail from it.
    /// </summary>
    public bool AcknowledgeForwards { get; init; }
}
