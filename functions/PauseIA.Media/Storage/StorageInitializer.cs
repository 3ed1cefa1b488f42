using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;

namespace PauseIA.Media.Storage;

/// <summary>Creates every registered table, container and queue once, when the host starts.</summary>
public sealed class StorageInitializer(
    StorageResources resources,
    TableServiceClient tables,
    BlobServiceClient blobs,
    QueueServiceClient queues) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            resources.Tables.Select(t => tables.CreateTableIfNotExistsAsync(t, cancellationToken)).Cast<Task>()
                .Concat(resources.Containers.Select(c => blobs.GetBlobContainerClient(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Concat(resources.Queues.Select(q => queues.GetQueueClient(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
