namespace PauseIA.Media.Contacts;

/// <summary>One page of a list; pass <see cref="Continuation"/> back to get the next one (absent on the last page).</summary>
public sealed record ContactPage(IReadOnlyList<Contact> Items, string? Continuation);
