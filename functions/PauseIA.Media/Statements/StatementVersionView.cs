namespace PauseIA.Media.Statements;

/// <summary>A version as the API shows it; <see cref="Markdown"/> only when one version is asked for.</summary>
public sealed record StatementVersionView(
    int Number,
    string Author,
    DateTimeOffset CreatedAt,
    string? TitleOverride,
    StatementAudience Audience,
    EmbargoMode? EmbargoMode,
    string ContentHash,
    string? Markdown = null)
{
    public static StatementVersionView Of(StatementVersion v, string? markdown = null) =>
        new(v.Number, v.Author, v.CreatedAt, v.TitleOverride, v.Audience, v.EmbargoMode, v.ContentHash, markdown);
}
