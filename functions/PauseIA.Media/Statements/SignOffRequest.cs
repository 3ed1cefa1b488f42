namespace PauseIA.Media.Statements;

/// <summary>The body of <c>POST …/signoff</c>: optionally the content hash and manifest hash the spokesperson looked at.</summary>
public sealed record SignOffRequest(string? ContentHash = null, string? ManifestHash = null);
