using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>
/// Merge <see cref="Merge"/> into <see cref="Keep"/>. The ETags are the versions the person compared,
/// and both are required: the merge is refused if either contact changed since.
/// </summary>
public sealed record MergeRequest(
    string? Keep,
    string? Merge,
    [property: JsonPropertyName("keepEtag")] string? KeepETag,
    [property: JsonPropertyName("mergeEtag")] string? MergeETag);
