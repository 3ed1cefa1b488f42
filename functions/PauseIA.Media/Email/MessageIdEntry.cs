namespace PauseIA.Media.Email;

/// <summary>A Message-ID and what it belongs to: an inquiry (by reference) or a statement (by id).</summary>
public sealed record MessageIdEntry(string MessageId, MessageIdOwner Kind, string RelatedId, string? ContactEmail);
