namespace PauseIA.Media.Contacts;

/// <summary>A page of a contact's timeline, newest first; pass <see cref="Continuation"/> back for older entries.</summary>
public sealed record TimelinePage(IReadOnlyList<ContactActivity> Items, string? Continuation);
