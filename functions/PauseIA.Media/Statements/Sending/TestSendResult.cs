namespace PauseIA.Media.Statements.Sending;

/// <summary>What <c>POST …/send</c> with <c>{ "test": true }</c> did: the real email, to the signed-in member only.</summary>
public sealed record TestSendResult(string SentTo, string Subject, int Version, string ContentHash);
