using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The body of <c>POST /api/statements/render</c>: unsaved texts for the editor's live preview, as a
/// save would send them, and which <see cref="Language"/> to render (the primary text by default).
/// </summary>
public sealed record RenderDraftRequest(
    string? Markdown,
    string? Title = null,
    EmbargoMode? EmbargoMode = null,
    IReadOnlyDictionary<string, TranslationInput?>? Translations = null,
    string? Language = null);
