namespace PauseIA.Media.Inquiries.Api;

/// <summary>The rule that routed an inquiry and why, in French.</summary>
public sealed record RoutingView(string Rule, string Reason);
