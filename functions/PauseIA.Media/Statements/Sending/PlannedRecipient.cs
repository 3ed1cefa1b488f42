namespace PauseIA.Media.Statements.Sending;

/// <summary>A recipient fixed in a batch, with the Message-ID minted for them once, so that a retry reuses it.</summary>
public sealed record PlannedRecipient(string Email, string? Name, string? Language, string MessageId);
