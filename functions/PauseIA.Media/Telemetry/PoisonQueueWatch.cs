using Azure;
using Azure.Storage.Queues;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Telemetry;

/// <summary>
/// Counts the messages waiting in each poison queue. In Azure the Functions host, not the app, moves a
/// message there after its last failed attempt, so the app cannot count the move itself: a timer reads
/// the queues' depth instead and records it as <c>pauseia.queue.poison.messages</c>, which an alert watches.
/// </summary>
public sealed class PoisonQueueWatch(StorageResources resources, QueueServiceClient queues, PressOfficeMetrics metrics)
{
    /// <summary>What the Functions host (and LocalHost) appends to a queue's name for its poison queue.</summary>
    public const string Suffix = "-poison";

    public async Task<IReadOnlyDictionary<string, long>> MeasureAsync(CancellationToken cancellationToken = default)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        // A queue whose poison name would pass Azure's 63 characters has none.
        foreach (var poison in resources.Queues.Where(q => !q.EndsWith(Suffix, StringComparison.Ordinal) && q.Length + Suffix.Length <= 63).Select(q => q + Suffix))
        {
            counts[poison] = await DepthAsync(queues.GetQueueClient(poison), cancellationToken);
            metrics.PoisonMessages(poison, counts[poison]);
        }

        return counts;
    }

    private static async Task<long> DepthAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0; // the host creates a poison queue with its first message
        }
    }
}
