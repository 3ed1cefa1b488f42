using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PauseIA.Media.Queues;

/// <summary>
/// The last failure of each queue message, keyed by its queue and a hash of its body: the host gives a
/// message moved to the poison queue a new id, but never a new body. A record lives while the message
/// is failing, and goes once it succeeds, is requeued or is discarded.
/// </summary>
public sealed class QueueFailureLog(
    [FromKeyedServices(QueueFailureLog.Name)] TableClient table,
    TimeProvider time,
    ILogger<QueueFailureLog> logger)
{
    public const string Name = "queuefailures";

    private const int MaxErrorLength = 2_000;

    /// <summary>
    /// Runs a queue function's work; a failure is recorded and thrown again, so that the host retries the
    /// message and, after <c>maxDequeueCount</c> tries, moves it to the poison queue.
    /// </summary>
    public async Task RunAsync(string queue, string message, long dequeueCount, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex)
        {
            await RecordAsync(queue, message, new QueueFailure(Describe(ex), dequeueCount, time.GetUtcNow()));
            throw;
        }

        // Only a message tried before can have a record; the first try of every message costs nothing more.
        if (dequeueCount > 1)
        {
            await ForgetAsync(queue, message);
        }
    }

    public async Task<QueueFailure?> FindAsync(string queue, string message, CancellationToken cancellationToken = default)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(queue, Key(message), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new QueueFailure(e.GetString("Error") ?? "", e.GetInt64("DequeueCount") ?? 0, e.GetDateTimeOffset("FailedAt") ?? default)
            : null;
    }

    public async Task ForgetAsync(string queue, string message, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.DeleteEntityAsync(queue, Key(message), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never failed, or already forgotten.
        }
    }

    private async Task RecordAsync(string queue, string message, QueueFailure failure)
    {
        try
        {
            await table.UpsertEntityAsync(
                new TableEntity(queue, Key(message))
                {
                    ["Error"] = failure.Error,
                    ["DequeueCount"] = failure.DequeueCount,
                    ["FailedAt"] = failure.FailedAt,
                },
                TableUpdateMode.Replace);
        }
        catch (Exception ex)
        {
            // Storage trouble is often the very failure: the message is still retried, only its reason is lost.
            logger.LogWarning(ex, "Could not record the failure of a message of queue {Queue}.", queue);
        }
    }

    /// <summary>What an Admin needs to know, from the outermost exception in: type and message of each.</summary>
    private static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append(" ← ");
            }

            text.Append(e.GetType().Name).Append(": ").Append(e.Message);
        }

        return text.Length <= MaxErrorLength ? text.ToString() : text.ToString(0, MaxErrorLength) + "…";
    }

    private static string Key(string message) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)));
}
