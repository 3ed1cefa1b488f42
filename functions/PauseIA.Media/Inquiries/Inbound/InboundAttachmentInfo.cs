using System.Text.Json.Serialization;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>One entry of <c>attachment-info</c>, keyed by the file field's name.</summary>
public sealed record InboundAttachmentInfo(
    string? Filename,
    string? Name,
    string? Type,
    [property: JsonPropertyName("content-id")] string? ContentId);
