namespace PauseIA.Media.Email;

/// <summary>One message held in the outbox instead of being sent.</summary>
public sealed record OutboxEntry(
    string Id,
    DateTimeOffset CreatedAt,
    string Kind,
    string? RelatedId,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    IReadOnlyDictionary<string, string> Headers,
    string PayloadBlob,
    IReadOnlyList<string> EmlBlobs);
