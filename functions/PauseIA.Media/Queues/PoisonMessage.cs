namespace PauseIA.Media.Queues;

/// <summary>
/// A message that failed every try and waits in <c>&lt;queue&gt;-poison</c>: its body as the function read it
/// (or as written, when it was not Base64) and its last failure, when one was recorded.
/// </summary>
public sealed record PoisonMessage(string Queue, string Id, DateTimeOffset? InsertedOn, string Body, bool Readable, QueueFailure? LastFailure);
