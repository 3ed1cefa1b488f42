namespace PauseIA.Media.Statements.Sending;

/// <summary>One recipient of a statement email, with the Message-ID minted for them.</summary>
public sealed record MessageRecipient(string Email, string? Name, string MessageId);
