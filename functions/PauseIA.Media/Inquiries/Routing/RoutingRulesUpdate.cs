namespace PauseIA.Media.Inquiries.Routing;

/// <summary>The body of <c>PUT /api/routing/rules</c>: the whole ordered list, and the version it replaces (null over configuration).</summary>
public sealed record RoutingRulesUpdate(IReadOnlyList<RoutingRule>? Rules, string? Version);
