namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// Who gets an inquiry, who watches it, and the rule that decided with a sentence saying why;
/// <see cref="AcknowledgeForwards"/> when that rule acknowledges the journalist of a forward.
/// </summary>
public sealed record RoutingDecision(
    string Rule,
    string Reason,
    string Assignee,
    IReadOnlyList<string> Watchers,
    InquiryPriority Priority,
    bool AcknowledgeForwards = false);
