using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PauseIA.Media.LocalHost.Queues;

/// <summary>
/// Pumps one queue for one function as the Functions host's QueueListener does: receives up to
/// <c>batchSize</c> messages, runs them concurrently, fetches the next batch once at most
/// <c>newBatchThreshold</c> are still running, and backs off exponentially up to
/// <c>maxPollingInterval</c> while the queue is empty.
/// </summary>
internal sealed class QueueFunctionListener(QueueClient queue, QueueMessageProcessor processor, QueueHostOptions options, ILogger logger) : BackgroundService
{
    /// <summary>
    /// Creates the queue before the host reports started: ExecuteAsync runs in the background, and a
    /// message sent just after start would otherwise meet a queue that does not exist yet.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryCreateQueueAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new PollingBackoff(QueueHostOptions.MinimumPollingInterval, options.MaxPollingInterval);
        var processing = new List<Task>();
        var foundSinceLastDelay = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await ReceiveAsync(stoppingToken);
            if (batch.Length == 0)
            {
                var delay = backoff.Next(foundSinceLastDelay);
                foundSinceLastDelay = false;
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            foundSinceLastDelay = true;
            processing.AddRange(batch.Select(m => processor.ProcessAsync(m, stoppingToken)));
            while (processing.Count > options.NewBatchThreshold)
            {
                processing.Remove(await Task.WhenAny(processing));
            }

            processing.RemoveAll(t => t.IsCompleted);
        }

        // Messages in flight finish (their functions see the cancellation) and are completed before the host stops.
        await Task.WhenAll(processing);
    }

    private async Task<QueueMessage[]> ReceiveAsync(CancellationToken stoppingToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(options.BatchSize, QueueMessageProcessor.ProcessingVisibility, stoppingToken)).Value;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return [];
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await TryCreateQueueAsync(stoppingToken);
            return [];
        }
        catch (Exception ex)
        {
            // Storage unreachable: keep polling with back-off, as the host does, rather than stop the host.
            logger.LogWarning("Could not read queue {Queue}: {Error}", queue.Name, ex.Message);
            return [];
        }
    }

    private async Task TryCreateQueueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not create queue {Queue}: {Error}", queue.Name, ex.Message);
        }
    }
}
