using PauseIA.Media.Contacts;

namespace PauseIA.Media.Statements.Sending;

/// <summary>A signed-off recipient left out at send time because they opted out, bounced or were erased since.</summary>
public sealed record SkippedRecipient(string Email, SuppressionReason Reason, int Batch, DateTimeOffset At);
