namespace PauseIA.Media.Statements.Sending;

/// <summary>How a send was cut into batches when it started.</summary>
public sealed record SendPlan(string PlanId, DateTimeOffset PlannedAt, int Recipients, int Batches);
