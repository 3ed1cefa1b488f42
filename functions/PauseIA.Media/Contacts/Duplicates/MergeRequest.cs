namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>
/// Merge <see cref="Merge"/> into <see cref="Keep"/>. The ETags, when given, are the versions the
/// person compared: the merge is refused if either contact changed since.
/// </summary>
public sealed record MergeRequest(string? Keep, string? Merge, string? KeepETag = null, string? MergeETag = null);
