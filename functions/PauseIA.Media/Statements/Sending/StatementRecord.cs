using PauseIA.Media.Email;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The statement of record, written once when a send ends (blob <c>{id}/record.json</c>, create-only):
/// what was approved and signed off, by whom and when, every language version as approved, to whom
/// it was meant to go and in which language (the manifest), and what each batch did.
/// <c>GET /api/statements/{id}/record</c> exports it byte for byte.
/// </summary>
public sealed record StatementRecord(
    string Id,
    StatementKind Kind,
    string? Inquiry,
    string? Title,
    int Version,
    string ContentHashFormat,
    string ContentHash,
    MailAddress Sender,
    StatementAudience Audience,
    DateTimeOffset? Embargo,
    EmbargoMode? EmbargoMode,
    string Author,
    Approval Approval,
    SignOff SignOff,
    ManifestDocument Manifest,
    SendPlan Plan,
    DateTimeOffset? SendStartedAt,
    DateTimeOffset SentAt,
    IReadOnlyList<SendBatch> Batches,
    IReadOnlyList<SkippedRecipient> Skipped,
    int Sent,
    int NotSent,
    IReadOnlyList<RecordedLanguage> Languages);
