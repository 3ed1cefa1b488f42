namespace PauseIA.Media.Statements.Sending;

/// <summary>What <c>POST …/send</c> with <c>{ "test": true }</c> did: the real email, to the signed-in member only, in one language.</summary>
public sealed record TestSendResult(string SentTo, string Subject, int Version, string ContentHash, string Language);
