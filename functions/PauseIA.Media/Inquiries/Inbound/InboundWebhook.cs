using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// Receives SendGrid's Inbound Parse posts. Nothing is lost: the post is archived before the 2xx,
/// then queued for the processor, and only then answered. Validation comes first because a 4xx
/// makes SendGrid drop the mail, which is right only for a post SendGrid would never make.
/// </summary>
public sealed class InboundWebhook(
    InboundArchive archive,
    [FromKeyedServices(InboundWebhook.QueueName)] QueueClient queue,
    IOptions<InboundOptions> options,
    TimeProvider time)
{
    public const string QueueName = "inbound";

    /// <summary>Compares the <c>?key=</c> with the secret in constant time.</summary>
    public bool IsAuthorized(string? key)
    {
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret));
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(key ?? ""));
        return !string.IsNullOrEmpty(key) && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public async Task<InboundReceipt> ReceiveAsync(Stream body, string? contentType, long? contentLength, CancellationToken cancellationToken = default)
    {
        var max = options.Value.MaxBodyBytes;
        if (contentLength > max)
        {
            throw TooLarge(max);
        }

        var bytes = await ReadLimitedAsync(body, max, cancellationToken);
        var form = await InboundFormReader.ReadAsync(bytes, contentType, cancellationToken);
        form.Validate();
        var key = InboundKey.For(form);
        var now = time.GetUtcNow();
        var (created, storedAt) = await archive.TryStoreAsync(new ArchivedPost(key, bytes, contentType!, now), cancellationToken);

        // Queued every time, a twin (one email to two of our addresses) or a retry alike: an archive already there
        // proves only that an earlier post got that far, not that it was queued. Its queue write may have failed
        // with a 5xx that SendGrid is retrying now. The processor ignores an email it has handled already. Only the
        // bytes this call archived travel inline: a twin's post may differ from the archived one.
        var message = created && bytes.Length <= InboundQueueMessage.MaxInlineBytes
            ? new InboundQueueMessage(key, now, contentType, bytes)
            : new InboundQueueMessage(key, created ? now : storedAt);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, JsonDefaults.Options), cancellationToken);
        return new InboundReceipt(key, Duplicate: !created);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge(max);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw DomainException.BadRequest("Corps de requête vide. / Empty request body.");
        }

        return buffer.ToArray();
    }

    private static DomainException TooLarge(long max) =>
        DomainException.TooLarge($"Message trop volumineux (plus de {max / (1024 * 1024)} Mo). / Message larger than {max / (1024 * 1024)} MB.");
}
