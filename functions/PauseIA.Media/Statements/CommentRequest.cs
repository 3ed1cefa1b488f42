namespace PauseIA.Media.Statements;

/// <summary>
/// The body of <c>POST …/comments</c>: a general comment, or one on a line of a version (the current
/// one by default) in one of its languages (the primary text by default).
/// </summary>
public sealed record CommentRequest(string? Text, int? Version = null, int? Line = null, string? Language = null);
