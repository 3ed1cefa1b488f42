namespace PauseIA.Media.Statements.Languages;

/// <summary>
/// A translation of a version as stored beside it (its Markdown is the blob <c>{id}/v{n}.{language}.md</c>):
/// its title as rendered, the title given outside its Markdown, and its own hash (see
/// <see cref="StatementContentHash.ComputeLanguage"/>).
/// </summary>
public sealed record StatementTranslation(string Language, string? Title, string? TitleOverride, string Hash, string MarkdownSha256);
