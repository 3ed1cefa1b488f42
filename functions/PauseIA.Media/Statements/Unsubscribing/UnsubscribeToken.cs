namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// Who an unsubscribe link belongs to and which statement carried it; a test link unsubscribes nobody.
/// <see cref="Language"/> is the language of the version the link came in, when not French: its page speaks it.
/// </summary>
public sealed record UnsubscribeToken(string StatementId, string Email, bool Test = false, string? Language = null);
