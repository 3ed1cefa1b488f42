using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Storage;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Queues;

/// <summary>
/// The poison queues of every queue the app registered, as an Admin works them: list each message with
/// why it failed, put one back on its queue once the cause is fixed, or discard it. Both decisions are
/// kept in an append-only audit table with the message and its error.
/// </summary>
public sealed class PoisonMessages(
    StorageResources resources,
    QueueServiceClient queues,
    [FromKeyedServices(StorageServiceCollectionExtensions.UnencodedQueues)] QueueServiceClient unencoded,
    QueueFailureLog failures,
    [FromKeyedServices(PoisonMessages.AuditTable)] TableClient audit,
    TimeProvider time,
    IIdGenerator ids)
{
    public const string AuditTable = "poisonaudit";

    /// <summary>Queue storage shows at most 32 messages without taking them.</summary>
    private const int MaxShown = 32;

    private const int MaxBodyShown = 4_000;

    private const int RecentShown = 20;

    private const string AuditPartition = "poison";

    /// <summary>How long a message taken to be requeued or discarded stays hidden from anyone else.</summary>
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(1);

    public async Task<PoisonReport> ListAsync(CancellationToken cancellationToken = default)
    {
        var views = new List<PoisonQueueView>();
        // As the host does, a queue whose poison name would pass Azure's 63 characters has none.
        foreach (var queue in resources.Queues.Where(q => q.Length + PoisonQueueWatch.Suffix.Length <= 63).Order(StringComparer.Ordinal))
        {
            views.Add(await ViewAsync(queue, cancellationToken));
        }

        var recent = new List<PoisonAuditEntry>();
        await foreach (var entity in audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {AuditPartition}"), maxPerPage: RecentShown, cancellationToken: cancellationToken))
        {
            recent.Add(ToEntry(entity));
            if (recent.Count == RecentShown)
            {
                break;
            }
        }

        return new PoisonReport(views, recent);
    }

    /// <summary>Puts the message back on its queue for the function to run again, and removes it from the poison queue.</summary>
    public Task<PoisonAuditEntry> RequeueAsync(string queue, string messageId, TeamMember admin, CancellationToken cancellationToken = default) =>
        DecideAsync(queue, messageId, admin, PoisonAction.Requeued, cancellationToken);

    /// <summary>Deletes the message for good; the audit keeps its body and error.</summary>
    public Task<PoisonAuditEntry> DiscardAsync(string queue, string messageId, TeamMember admin, CancellationToken cancellationToken = default) =>
        DecideAsync(queue, messageId, admin, PoisonAction.Discarded, cancellationToken);

    private async Task<PoisonQueueView> ViewAsync(string queue, CancellationToken cancellationToken)
    {
        var poison = unencoded.GetQueueClient(queue + PoisonQueueWatch.Suffix);
        int count;
        PeekedMessage[] peeked;
        try
        {
            count = (await poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            peeked = count == 0 ? [] : (await poison.PeekMessagesAsync(MaxShown, cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No message ever failed on this queue: the host creates its poison queue with the first one.
            return new PoisonQueueView(queue, poison.Name, 0, []);
        }

        var messages = new List<PoisonMessage>();
        foreach (var message in peeked)
        {
            var (body, readable) = Decode(message.Body);
            messages.Add(new PoisonMessage(queue, message.MessageId, message.InsertedOn, Shown(body), readable, await failures.FindAsync(queue, body, cancellationToken)));
        }

        return new PoisonQueueView(queue, poison.Name, Math.Max(count, messages.Count), messages);
    }

    private async Task<PoisonAuditEntry> DecideAsync(string queue, string messageId, TeamMember admin, PoisonAction action, CancellationToken cancellationToken)
    {
        if (!resources.Queues.Contains(queue))
        {
            throw DomainException.NotFound($"File « {queue} » inconnue. / Unknown queue.");
        }

        if (!Guid.TryParse(messageId, out _))
        {
            throw DomainException.BadRequest("Identifiant de message invalide. / Invalid message id.");
        }

        var poison = unencoded.GetQueueClient(queue + PoisonQueueWatch.Suffix);
        var message = await TakeAsync(poison, messageId, cancellationToken)
            ?? throw DomainException.NotFound($"Message {messageId} absent de {poison.Name} (déjà repris ou supprimé ?). / Message not in the poison queue (already handled?).");
        var (body, _) = Decode(message.Body);
        var failure = await failures.FindAsync(queue, body, cancellationToken);
        if (action == PoisonAction.Requeued)
        {
            // Sent before the poison copy goes: a crash in between leaves the message twice, never nowhere,
            // and the queue functions are safe to run twice on one message.
            await queues.GetQueueClient(queue).SendMessageAsync(body, cancellationToken);
        }

        await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        await failures.ForgetAsync(queue, body, cancellationToken);
        var entry = new PoisonAuditEntry(ids.NewId(), time.GetUtcNow(), admin.Email, action, queue, messageId, Shown(body), failure?.Error);
        await audit.AddEntityAsync(
            new TableEntity(AuditPartition, $"{DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks:D19}-{entry.Id}")
            {
                ["Id"] = entry.Id,
                ["At"] = entry.At,
                ["Actor"] = entry.Actor,
                ["Action"] = entry.Action.ToString(),
                ["Queue"] = entry.Queue,
                ["MessageId"] = entry.MessageId,
                ["Body"] = entry.Body,
                ["Error"] = entry.Error,
            },
            cancellationToken);
        return entry;
    }

    /// <summary>
    /// Receives until <paramref name="messageId"/> turns up (a queue cannot be read by id), holding it; every
    /// other message received on the way is made visible again at once.
    /// </summary>
    private static async Task<QueueMessage?> TakeAsync(QueueClient poison, string messageId, CancellationToken cancellationToken)
    {
        var others = new List<QueueMessage>();
        try
        {
            while (true)
            {
                QueueMessage[] batch;
                try
                {
                    batch = (await poison.ReceiveMessagesAsync(MaxShown, HoldFor, cancellationToken)).Value;
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    return null;
                }

                if (batch.Length == 0)
                {
                    return null;
                }

                others.AddRange(batch.Where(m => m.MessageId != messageId));
                if (batch.FirstOrDefault(m => m.MessageId == messageId) is { } found)
                {
                    return found;
                }
            }
        }
        finally
        {
            await Task.WhenAll(others.Select(m => poison.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None)));
        }
    }

    /// <summary>
    /// The body as the function read it: the app's queues are Base64 (host.json), and a message that is not
    /// Base64 reached the poison queue as it was written, without its function ever seeing it.
    /// </summary>
    private static (string Body, bool Readable) Decode(BinaryData raw)
    {
        var text = raw.ToString();
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? (Encoding.UTF8.GetString(bytes, 0, length), true) : (text, false);
    }

    private static string Shown(string body) => body.Length <= MaxBodyShown ? body : body[..MaxBodyShown] + "…";

    private static PoisonAuditEntry ToEntry(TableEntity e) => new(
        e.GetString("Id") ?? "",
        e.GetDateTimeOffset("At") ?? default,
        e.GetString("Actor") ?? "",
        Enum.Parse<PoisonAction>(e.GetString("Action") ?? nameof(PoisonAction.Discarded)),
        e.GetString("Queue") ?? "",
        e.GetString("MessageId") ?? "",
        e.GetString("Body") ?? "",
        e.GetString("Error"));
}
