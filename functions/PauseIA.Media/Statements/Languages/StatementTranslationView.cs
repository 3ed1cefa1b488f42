namespace PauseIA.Media.Statements.Languages;

/// <summary>A translation of the current version in <c>GET /api/statements/{id}</c>: its title, its own hash and its Markdown.</summary>
public sealed record StatementTranslationView(string Language, string? Title, string? TitleOverride, string Hash, string Markdown);
