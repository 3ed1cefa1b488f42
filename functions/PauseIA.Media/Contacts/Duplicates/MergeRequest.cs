using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>
/// Merge <see cref="Merge"/> into <see cref="Keep"/>. The ETags, when given, are the versions the
/// person compared: the merge is refused if either contact changed since.
/// </summary>
public sealed record MergeRequest(
    string? Keep,
    string? Merge,
    [property: JsonPropertyName("keepEtag")] string? KeepETag = null,
    [property: JsonPropertyName("mergeEtag")] string? MergeETag = null);
