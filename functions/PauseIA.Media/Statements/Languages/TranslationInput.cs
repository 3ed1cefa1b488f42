namespace PauseIA.Media.Statements.Languages;

/// <summary>
/// One translation in the body of a save (<c>"translations": { "en": { "title": "…", "markdown": "…" } }</c>).
/// On a PUT a field left out keeps the translation's current value; an empty <c>title</c> removes its
/// title, and <c>"en": null</c> removes the translation.
/// </summary>
public sealed record TranslationInput(string? Title = null, string? Markdown = null);
