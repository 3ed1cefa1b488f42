using PauseIA.Media.Statements.DeliveryEvents;

namespace PauseIA.Media.Statements.Sending;

/// <summary><c>GET /api/statements/{id}/stats</c>: the send's progress batch by batch, and what delivery events reported.</summary>
public sealed record StatementSendReport(
    string Id,
    StatementState State,
    SendPlan? Plan,
    IReadOnlyList<SendBatch> Batches,
    IReadOnlyList<SkippedRecipient> Skipped,
    StatementStats Events);
