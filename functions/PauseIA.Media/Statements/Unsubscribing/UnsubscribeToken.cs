namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>Who an unsubscribe link belongs to and which statement carried it; a test link unsubscribes nobody.</summary>
public sealed record UnsubscribeToken(string StatementId, string Email, bool Test = false);
