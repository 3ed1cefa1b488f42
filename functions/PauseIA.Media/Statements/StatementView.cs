using System.Text.Json.Serialization;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// <c>GET /api/statements/{id}</c>: the statement, its current Markdown in every language (the primary
/// text in <see cref="Markdown"/>, each translation with its title and own hash), approval and sign-off,
/// its versions and timeline, and what the signed-in member may do now (<see cref="Actions"/>, <see cref="CanTestSend"/>).
/// <see cref="ETag"/> goes back in <c>If-Match</c> on the next PUT.
/// </summary>
public sealed record StatementView(
    string Id,
    StatementKind Kind,
    string? Inquiry,
    StatementState State,
    int Version,
    string ContentHash,
    [property: JsonPropertyName("etag")] string ETag,
    string? Title,
    string Language,
    DateTimeOffset? Embargo,
    EmbargoMode? EmbargoMode,
    DateTimeOffset? ScheduledFor,
    StatementAudience Audience,
    string Author,
    IReadOnlyList<string> Authors,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? SendStartedAt,
    DateTimeOffset? SentAt,
    Approval? Approval,
    SignOff? SignOff,
    IReadOnlyList<StatementAction> Actions,
    bool CanTestSend,
    string Markdown,
    IReadOnlyList<string> Languages,
    IReadOnlyList<StatementTranslationView> Translations,
    IReadOnlyList<StatementVersionView> Versions,
    IReadOnlyList<StatementEvent> Timeline);
