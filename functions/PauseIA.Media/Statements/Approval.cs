namespace PauseIA.Media.Statements;

/// <summary>The director's approval of one version, bound to its content hash.</summary>
public sealed record Approval(string By, DateTimeOffset At, int Version, string ContentHash);
