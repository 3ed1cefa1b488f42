namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// Who an unsubscribe link belongs to and which statement carried it; a test link unsubscribes nobody.
/// <see cref="Language"/> is the language of the version the link came in: its page speaks it (French, the
/// default, reads back as null).
/// </summary>
public sealed record UnsubscribeToken(string StatementId, string Email, bool Test = false, string? Language = null);
