using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Storage;

namespace PauseIA.Media.LocalHost.Queues;

/// <summary>
/// The queue clients the triggers read with: Base64 like the app's own clients, and, as in the
/// Functions host, a message that is not Base64 goes to the poison queue as it was written
/// instead of coming back every ten minutes forever. They leave out the storage pipeline
/// policies: polling is the host's traffic, not the app's, and would swamp a request counter.
/// </summary>
internal sealed class TriggerQueues
{
    private const string PoisonSuffix = "-poison";

    private readonly QueueServiceClient encoded;
    private readonly QueueServiceClient raw;
    private readonly ILogger<TriggerQueues> logger;

    public TriggerQueues(StorageAccount storage, ILogger<TriggerQueues> logger)
    {
        this.logger = logger;
        raw = storage.Queues(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.MessageDecodingFailed += MoveUndecodableToPoisonAsync;
        encoded = storage.Queues(options);
    }

    public QueueClient Queue(string name) => encoded.GetQueueClient(name);

    /// <summary>The poison queue of <paramref name="name"/>; none for a queue that is itself a poison queue or whose name would grow too long.</summary>
    public QueueClient? Poison(string name) => PoisonName(name) is { } poison ? encoded.GetQueueClient(poison) : null;

    public static string? PoisonName(string name) =>
        name.EndsWith(PoisonSuffix, StringComparison.Ordinal) || name.Length + PoisonSuffix.Length > QueueNames.MaxLength ? null : name + PoisonSuffix;

    private async Task MoveUndecodableToPoisonAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message || PoisonName(args.Queue.Name) is not { } poisonName)
        {
            return;
        }

        logger.LogWarning("Message {MessageId} of queue {Queue} is not Base64; moving it to {Poison}.", message.MessageId, args.Queue.Name, poisonName);
        var poison = raw.GetQueueClient(poisonName);
        await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
        await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
    }
}
