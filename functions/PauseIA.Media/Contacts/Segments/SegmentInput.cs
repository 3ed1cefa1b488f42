using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts.Segments;

/// <summary>The body that creates or replaces a segment.</summary>
public sealed record SegmentInput(string? Name, string? Description, ContactFilter? Filter, [property: JsonPropertyName("etag")] string? ETag = null);
