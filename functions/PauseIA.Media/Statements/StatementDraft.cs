using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>What a saved version makes of a statement: its kind, audience, front matter facts, translations and content hash.</summary>
public sealed record StatementDraft(
    StatementKind Kind,
    string? Inquiry,
    string? Title,
    string Language,
    DateTimeOffset? Embargo,
    EmbargoMode? EmbargoMode,
    StatementAudience Audience,
    string ContentHash,
    IReadOnlyList<StatementTranslation> Translations);
