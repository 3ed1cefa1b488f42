namespace PauseIA.Media.Queues;

/// <summary>An Admin's decision on a poison message: what was requeued or discarded, by whom, and why it had failed.</summary>
public sealed record PoisonAuditEntry(string Id, DateTimeOffset At, string Actor, PoisonAction Action, string Queue, string MessageId, string Body, string? Error);
