using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Writes many rows as entity-group transactions: at most 100 actions, all of one partition.
/// Azure refuses a transaction that mixes partitions while Azurite accepts it, so the rule is
/// asserted here rather than discovered in production.
/// </summary>
public static class PartitionBatches
{
    public const int MaxActions = 100;

    /// <summary>The actions grouped by partition, in batches of at most <see cref="MaxActions"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Split(IEnumerable<TableTransactionAction> actions) =>
        actions
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(MaxActions))
            .Select(IReadOnlyList<TableTransactionAction> (chunk) => chunk)
            .ToList();

    /// <summary>Submits every batch, a few at a time; returns how many actions were applied.</summary>
    public static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, int parallelism = 8, CancellationToken cancellationToken = default)
    {
        var applied = 0;
        await Parallel.ForEachAsync(
            Split(actions),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                AssertOnePartition(batch);
                await table.SubmitTransactionAsync(batch, token);
                Interlocked.Add(ref applied, batch.Count);
            });
        return applied;
    }

    /// <summary>
    /// Submits every batch and returns those refused because a row changed since it was read
    /// (409, 412): the others are applied, and the caller reports which rows were not.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<TableTransactionAction>>> TrySubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, int parallelism = 8, CancellationToken cancellationToken = default)
    {
        var refused = new ConcurrentBag<IReadOnlyList<TableTransactionAction>>();
        await Parallel.ForEachAsync(
            Split(actions),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                AssertOnePartition(batch);
                try
                {
                    await table.SubmitTransactionAsync(batch, token);
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                {
                    refused.Add(batch);
                }
            });
        return refused.ToList();
    }

    public static void AssertOnePartition(IReadOnlyList<TableTransactionAction> batch)
    {
        if (batch.Count is 0 or > MaxActions)
        {
            throw new InvalidOperationException($"A table transaction holds 1 to {MaxActions} actions, not {batch.Count}.");
        }

        var partition = batch[0].Entity.PartitionKey;
        if (batch.Any(a => !string.Equals(a.Entity.PartitionKey, partition, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"A table transaction mixes partitions ({string.Join(", ", batch.Select(a => a.Entity.PartitionKey).Distinct())}); Azure refuses it.");
        }
    }
}
