using PauseIA.Media.Contacts;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>
/// The body of the actions on one contact: <c>{ "reason": "…" }</c> for an opt-out or an erasure,
/// <c>{ "kind": "optedOut" | "hardBounce", "reason": "…" }</c> to lift a suppression.
/// </summary>
public sealed record ContactActionRequest(string? Reason = null, SuppressionReason? Kind = null);
