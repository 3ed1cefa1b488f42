using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts.Segments;

/// <summary>A saved, named filter over the list: what a statement is sent to.</summary>
public sealed record Segment(
    string Id,
    string Name,
    string? Description,
    ContactFilter Filter,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("etag")] string? ETag);
