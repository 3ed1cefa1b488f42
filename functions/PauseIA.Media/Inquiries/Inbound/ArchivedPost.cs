namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>An Inbound Parse post as it was received: its exact body and content type (with the multipart boundary).</summary>
public sealed record ArchivedPost(string Key, byte[] Body, string ContentType, DateTimeOffset ReceivedAt);
