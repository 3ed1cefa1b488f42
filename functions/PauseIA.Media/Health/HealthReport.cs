namespace PauseIA.Media.Health;

/// <summary>What <c>GET /api/health</c> answers.</summary>
public sealed record HealthReport(string Status, string Version, bool Storage, string MailMode, DateTimeOffset CheckedAt);
