namespace PauseIA.Media.Queues;

/// <summary>
/// Why a queue message's last run failed. The Functions host moves a message to its poison queue
/// without the error, so the queue functions keep it here for the Admin to read.
/// </summary>
public sealed record QueueFailure(string Error, long DequeueCount, DateTimeOffset FailedAt);
