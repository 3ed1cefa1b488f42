namespace PauseIA.Media.Statements;

/// <summary>
/// The body of <c>POST …/review</c>; <see cref="Version"/>, when given, must still be the current one,
/// and <see cref="ConsistencyHash"/>, the hash of the consistency report the director looked at.
/// </summary>
public sealed record ReviewRequest(ReviewDecision? Decision, string? Comment = null, int? Version = null, string? ConsistencyHash = null);
