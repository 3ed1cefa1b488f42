using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// One saved version: its Markdown lives in the blob <c>{id}/v{n}.md</c>, never overwritten; this is
/// what else it was saved with. <see cref="TitleOverride"/> is the title given outside the front matter.
/// </summary>
public sealed record StatementVersion(
    int Number,
    string Author,
    DateTimeOffset CreatedAt,
    string? TitleOverride,
    StatementAudience Audience,
    EmbargoMode? EmbargoMode,
    string ContentHash,
    string MarkdownSha256)
{
    /// <summary>Its translations, in order of their language codes.</summary>
    public IReadOnlyList<StatementTranslation> Translations { get; init; } = [];
}
