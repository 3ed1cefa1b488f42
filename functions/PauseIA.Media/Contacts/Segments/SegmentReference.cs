namespace PauseIA.Media.Contacts.Segments;

/// <summary>A segment named in another document (the access export).</summary>
public sealed record SegmentReference(string Id, string Name);
