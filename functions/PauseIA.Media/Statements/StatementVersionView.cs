using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// A version as the API shows it, with its translations (language, title, own hash). When one version
/// is asked for, <see cref="Markdown"/> and <see cref="TitleOverride"/> are those of <see cref="Language"/>.
/// </summary>
public sealed record StatementVersionView(
    int Number,
    string Author,
    DateTimeOffset CreatedAt,
    string? TitleOverride,
    StatementAudience Audience,
    EmbargoMode? EmbargoMode,
    string ContentHash,
    string? Markdown = null,
    string? Language = null,
    IReadOnlyList<StatementTranslation>? Translations = null)
{
    public static StatementVersionView Of(StatementVersion v) =>
        new(v.Number, v.Author, v.CreatedAt, v.TitleOverride, v.Audience, v.EmbargoMode, v.ContentHash, Translations: v.Translations);

    /// <summary>The version in one of its languages.</summary>
    public static StatementVersionView Of(StatementVersion v, LanguageVersion text) =>
        new(v.Number, v.Author, v.CreatedAt, text.TitleOverride, v.Audience, v.EmbargoMode, v.ContentHash, text.Markdown, text.Language, v.Translations);
}
