namespace PauseIA.Media.Queues;

/// <summary>What the Admin's poison-queue page shows: every trigger queue's poison queue, and the latest decisions taken on them.</summary>
public sealed record PoisonReport(IReadOnlyList<PoisonQueueView> Queues, IReadOnlyList<PoisonAuditEntry> Recent);
