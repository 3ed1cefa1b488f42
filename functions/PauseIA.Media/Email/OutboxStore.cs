using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Email;

/// <summary>
/// Keeps each message that was not sent: the exact v3 payload and one rendered <c>.eml</c> per
/// recipient in Blob storage, and a row in the <c>outbox</c> table to list them newest first.
/// </summary>
public sealed class OutboxStore(
    [FromKeyedServices(OutboxStore.Name)] TableClient table,
    [FromKeyedServices(OutboxStore.Name)] BlobContainerClient container,
    TimeProvider time,
    IIdGenerator ids)
{
    public const string Name = "outbox";

    private const string Partition = "outbox";

    public async Task<OutboxEntry> SaveAsync(string payloadJson, CancellationToken cancellationToken = default)
    {
        var payload = SendGridPayload.Parse(payloadJson);
        var now = time.GetUtcNow();
        var id = ids.NewId();
        var folder = $"{now:yyyy/MM/dd}/{id}";
        var payloadBlob = $"{folder}/payload.json";
        await container.UploadBlobAsync(payloadBlob, BinaryData.FromString(payloadJson), cancellationToken);

        var emlBlobs = new List<string>();
        var messages = payload.ToMimeMessages();
        for (var i = 0; i < messages.Count; i++)
        {
            using var stream = new MemoryStream();
            await messages[i].WriteToAsync(stream, cancellationToken);
            var name = $"{folder}/{i + 1}.eml";
            await container.UploadBlobAsync(name, new BinaryData(stream.ToArray()), cancellationToken);
            emlBlobs.Add(name);
        }

        var entry = new OutboxEntry(
            id, now, payload.CustomArg(MailSender.KindArgument) ?? "", payload.CustomArg(MailSender.RelatedIdArgument),
            payload.From, payload.Recipients, payload.Subject, payload.Headers, payloadBlob, emlBlobs);
        await table.AddEntityAsync(ToEntity(entry), cancellationToken);
        return entry;
    }

    /// <summary>The newest entries first, optionally only those of one kind or about one id.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? kind = null, string? relatedId = null, int max = 200, CancellationToken cancellationToken = default)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            var entry = FromEntity(entity);
            if ((kind is null || string.Equals(entry.Kind, kind, StringComparison.OrdinalIgnoreCase))
                && (relatedId is null || entry.RelatedId == relatedId))
            {
                entries.Add(entry);
                if (entries.Count >= max)
                {
                    break;
                }
            }
        }

        return entries;
    }

    public async Task<string> ReadBlobAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return Encoding.UTF8.GetString(content.Value.Content.ToArray());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw DomainException.NotFound($"Aucun message « {name} » dans la boîte d'envoi. / No such outbox item.");
        }
    }

    // Row keys sort ascending, so inverted ticks list the newest message first without a sort.
    private static TableEntity ToEntity(OutboxEntry entry) => new(Partition, $"{DateTimeOffset.MaxValue.Ticks - entry.CreatedAt.Ticks:D19}-{entry.Id}")
    {
        ["Id"] = entry.Id,
        ["CreatedAt"] = entry.CreatedAt,
        ["Kind"] = entry.Kind,
        ["RelatedId"] = entry.RelatedId,
        ["From"] = entry.From,
        ["To"] = JsonSerializer.Serialize(entry.To),
        ["Subject"] = entry.Subject,
        ["Headers"] = JsonSerializer.Serialize(entry.Headers),
        ["PayloadBlob"] = entry.PayloadBlob,
        ["EmlBlobs"] = JsonSerializer.Serialize(entry.EmlBlobs),
    };

    private static OutboxEntry FromEntity(TableEntity e) => new(
        e.GetString("Id"),
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetString("Kind") ?? "",
        e.GetString("RelatedId"),
        e.GetString("From") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("To") ?? "[]") ?? [],
        e.GetString("Subject") ?? "",
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Headers") ?? "{}") ?? [],
        e.GetString("PayloadBlob") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("EmlBlobs") ?? "[]") ?? []);
}
