using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Every table row, blob and queued message of an account, by key and ETag, so a test can say
/// "nothing changed": the audit trail, the outbox and the archive included. The timers' own
/// schedule records (<c>azure-webjobs-hosts</c>) are left out: they move with the clock.
/// </summary>
internal sealed record StorageSnapshot(IReadOnlyList<string> Items)
{
    private static readonly HashSet<string> Ignored = ["azure-webjobs-hosts"];

    public static async Task<StorageSnapshot> TakeAsync(string connectionString)
    {
        var items = new List<string>();
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                items.Add($"table {table.Name} {row.PartitionKey}/{row.RowKey} {row.ETag}");
            }
        }

        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            if (Ignored.Contains(container.Name))
            {
                continue;
            }

            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                items.Add($"blob {container.Name}/{blob.Name} {blob.Properties.ETag}");
            }
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            try
            {
                var count = (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
                items.Add($"queue {queue.Name} {count}");
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted between the listing and the read.
            }
        }

        items.Sort(StringComparer.Ordinal);
        return new StorageSnapshot(items);
    }

    /// <summary>What differs from <paramref name="before"/>, for the failure message.</summary>
    public IReadOnlyList<string> Changes(StorageSnapshot before) =>
        [.. Items.Except(before.Items).Select(i => "+ " + i), .. before.Items.Except(Items).Select(i => "- " + i)];
}
