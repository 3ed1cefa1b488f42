using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// The body of <c>POST /api/statements</c> and <c>PUT /api/statements/{id}</c>. On a PUT, a field left
/// out keeps its current value (an empty <c>title</c> removes the title given outside the front matter),
/// and so does a translation left out of <see cref="Translations"/>; <c>"en": null</c> removes one.
/// Without <c>audience</c>, the front matter's <c>audience</c> names a segment; an inquiry answer
/// defaults to its inquiry's journalist.
/// </summary>
public sealed record SaveStatementRequest(
    string? Markdown,
    string? Title = null,
    StatementKind? Kind = null,
    string? Inquiry = null,
    StatementAudience? Audience = null,
    EmbargoMode? EmbargoMode = null,
    IReadOnlyDictionary<string, TranslationInput?>? Translations = null);
