using Azure;
using Azure.Core.Serialization;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Queues;

/// <summary>
/// Runs one queue message through its function as the Functions host's QueueProcessor does: in its
/// own DI scope, kept invisible while it runs, deleted on success; on failure made visible again
/// after <c>visibilityTimeout</c>, or moved to <c>&lt;queue&gt;-poison</c> once it has been dequeued
/// <c>maxDequeueCount</c> times.
/// </summary>
internal sealed class QueueMessageProcessor(
    LocalFunction function,
    QueueFunctionTrigger trigger,
    QueueClient queue,
    QueueClient? poison,
    QueueHostOptions options,
    IServiceProvider services,
    ObjectSerializer serializer,
    ILogger logger)
{
    /// <summary>How long a received message stays invisible; renewed at half time while its function runs (the host's values).</summary>
    public static readonly TimeSpan ProcessingVisibility = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan RenewalInterval = ProcessingVisibility / 2;

    public async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message);
                return;
            }

            var (succeeded, current) = await RunWhileRenewingAsync(message, cancellationToken);
            if (succeeded)
            {
                await DeleteAsync(current);
            }
            else if (poison is not null && current.DequeueCount >= options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(current);
            }
            else if (poison is not null)
            {
                await queue.UpdateMessageAsync(current.MessageId, current.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: CancellationToken.None);
            }

            // A poison queue has no poison queue of its own: its failed message stays invisible rather than loop fast.
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            // The pop receipt no longer matches (another consumer took it over) or the message is gone.
            logger.LogDebug(ex, "Message {MessageId} of queue {Queue} changed hands or vanished.", message.MessageId, queue.Name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Host stopping: the message becomes visible again when its invisibility ends.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not complete message {MessageId} of queue {Queue}.", message.MessageId, queue.Name);
        }
    }

    private async Task<(bool Succeeded, QueueMessage Message)> RunWhileRenewingAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var invocation = InvokeAsync(message, cancellationToken);
        using var renewal = new CancellationTokenSource();
        while (true)
        {
            var due = Task.Delay(RenewalInterval, renewal.Token);
            if (await Task.WhenAny(invocation, due) == invocation)
            {
                await renewal.CancelAsync();
                return (await invocation, message);
            }

            var receipt = await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: ProcessingVisibility, cancellationToken: CancellationToken.None);
            message = message.Update(receipt.Value);
        }
    }

    private async Task<bool> InvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            var context = LocalFunctionContext.ForTrigger(function, scope.ServiceProvider, QueueArguments.BindingData(message), cancellationToken);
            var arguments = QueueArguments.Bind(function, trigger, message, serializer, context, cancellationToken);
            await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, arguments);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogError(
                ex,
                "Function {Function} failed on message {MessageId} of queue {Queue} (dequeue count {DequeueCount} of {MaxDequeueCount}).",
                function.Name,
                message.MessageId,
                queue.Name,
                message.DequeueCount,
                options.MaxDequeueCount);
            return false;
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message)
    {
        if (poison is null)
        {
            return;
        }

        logger.LogWarning(
            "Message {MessageId} has reached MaxDequeueCount of {MaxDequeueCount}. Moving message to queue '{Poison}'.", message.MessageId, options.MaxDequeueCount, poison.Name);
        await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
        await DeleteAsync(message);
    }

    private async Task DeleteAsync(QueueMessage message) => await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
}
