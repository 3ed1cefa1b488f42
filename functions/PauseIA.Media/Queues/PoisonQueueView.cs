namespace PauseIA.Media.Queues;

/// <summary>One trigger queue's poison queue: how many messages it holds, and the first ones (a queue shows at most 32 at a time).</summary>
public sealed record PoisonQueueView(string Queue, string PoisonQueue, int Count, IReadOnlyList<PoisonMessage> Messages);
