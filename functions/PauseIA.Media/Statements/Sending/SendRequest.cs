namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The body of <c>POST …/send</c>; <c>{ "test": true }</c> sends the real email to the signed-in member
/// only, in <see cref="Language"/> when given (otherwise the version a journalist of their language gets).
/// </summary>
public sealed record SendRequest(bool Test = false, string? Language = null);
