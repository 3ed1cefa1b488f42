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
}
