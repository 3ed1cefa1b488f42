namespace PauseIA.Media.LocalHost.Queues;

/// <summary>host.json's <c>extensions.queues</c>, with the Functions host's defaults and limits.</summary>
public sealed record QueueHostOptions(int BatchSize, int NewBatchThreshold, TimeSpan MaxPollingInterval, TimeSpan VisibilityTimeout, int MaxDequeueCount)
{
    /// <summary>The host's shortest wait between two polls of an empty queue; back-off doubles from it.</summary>
    public static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Azure Queues hand out at most 32 messages per receive.</summary>
    public const int MaxBatchSize = 32;

    public static QueueHostOptions Default { get; } = new(16, 16 / 2 * Environment.ProcessorCount, TimeSpan.FromMinutes(1), TimeSpan.Zero, 5);
}
