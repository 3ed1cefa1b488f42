namespace PauseIA.Media.Statements;

/// <summary>A line of <c>GET /api/statements</c>.</summary>
public sealed record StatementSummary(
    string Id,
    StatementKind Kind,
    string? Inquiry,
    StatementState State,
    int Version,
    string? Title,
    string Author,
    StatementAudience Audience,
    DateTimeOffset? Embargo,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> Languages)
{
    public static StatementSummary Of(Statement s) =>
        new(s.Id, s.Kind, s.Inquiry, s.State, s.Version, s.Title, s.Author, s.Audience, s.Embargo, s.SubmittedAt, s.UpdatedAt, s.Languages);
}
