namespace PauseIA.Media.Inquiries;

/// <summary>A message we sent in an inquiry's thread.</summary>
public sealed record OutgoingThreadMessage(
    string MessageId,
    string Kind,
    string Subject,
    string Text,
    string? Author,
    string? StatementId,
    DateTimeOffset SentAt);
