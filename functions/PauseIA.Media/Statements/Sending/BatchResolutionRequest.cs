namespace PauseIA.Media.Statements.Sending;

/// <summary>The body of <c>POST …/batches/{n}/resolve</c>.</summary>
public sealed record BatchResolutionRequest(BatchResolution? Outcome);
