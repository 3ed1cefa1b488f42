namespace PauseIA.Media.Statements.Sending;

/// <summary>The body of <c>POST …/send</c>; <c>{ "test": true }</c> sends the real email to the signed-in member only.</summary>
public sealed record SendRequest(bool Test = false);
