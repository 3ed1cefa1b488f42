using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Email;

/// <summary>Puts a deferred single mail on the <c>mail-send</c> queue, to be tried again after a wait.</summary>
public sealed class MailSendQueue([FromKeyedServices(MailSendQueue.Name)] QueueClient queue)
{
    public const string Name = "mail-send";

    public async Task EnqueueAsync(MailSend send, TimeSpan delay, CancellationToken cancellationToken = default) =>
        await queue.SendMessageAsync(JsonSerializer.Serialize(new Message(send.RelatedId, send.Id), JsonDefaults.Options), delay <= TimeSpan.Zero ? null : delay, cancellationToken: cancellationToken);

    public static (string RelatedId, string Id) Parse(string message) =>
        JsonSerializer.Deserialize<Message>(message, JsonDefaults.Options) is { RelatedId: { Length: > 0 } relatedId, Id: { Length: > 0 } id }
            ? (relatedId, id)
            : throw new InvalidDataException("A mail-send message names the send (relatedId, id).");

    private sealed record Message(string RelatedId, string Id);
}
