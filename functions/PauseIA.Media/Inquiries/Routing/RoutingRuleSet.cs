namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// The rules in force, where they come from (<c>storage</c>, <c>configuration</c> or <c>defaults</c>),
/// and the version to send back when saving (null until an Admin first saves rules).
/// </summary>
public sealed record RoutingRuleSet(
    IReadOnlyList<RoutingRule> Rules,
    string Source,
    string? Version,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy);
