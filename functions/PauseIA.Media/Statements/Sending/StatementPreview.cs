namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// <c>GET /api/statements/{id}/preview</c>: the email exactly as SendGrid would deliver it to one
/// recipient (the signed-in member stands in for them), read back from the very payload the send builds.
/// </summary>
public sealed record StatementPreview(
    int Version,
    string ContentHash,
    string Language,
    IReadOnlyList<string> Languages,
    string Subject,
    string From,
    string To,
    string Html,
    string Text,
    IReadOnlyList<PreviewHeader> Headers,
    IReadOnlyDictionary<string, string> CustomArgs,
    IReadOnlyList<string> Categories,
    bool ShowsEmbargoLine,
    DateTimeOffset? SendsAt);
