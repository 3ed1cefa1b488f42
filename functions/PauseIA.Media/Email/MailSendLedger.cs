using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Email;

/// <summary>
/// Every single mail and its outcome: a row per send in the partition of the inquiry or statement it
/// is about (so an inquiry's sends are one query), with its exact v3 payload, so that a retry or a
/// person's "resend" sends the same bytes with the same Message-ID: in a row of its own beside the
/// send's, added in the same transaction, when a property holds it (most mails: two requests a send,
/// before and after), else in a blob. Changes are made over the version read: the queue, a person
/// and a SendGrid event never settle one send twice.
/// </summary>
public sealed class MailSendLedger(
    [FromKeyedServices(MailSendLedger.Name)] TableClient table,
    [FromKeyedServices(MailSendLedger.Name)] BlobContainerClient payloads)
{
    public const string Name = "mailsends";

    /// <summary>
    /// Longer than the SendGrid client's timeout: a send still "sending" after this died mid-request, and a send still
    /// "deferred" this long after its turn lost its retry.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>A table property holds 32K UTF-16 characters.</summary>
    private const int InlinePayloadChars = 30_000;

    /// <summary>
    /// Records a new send with its payload, create-only: a send of the same id (an earlier attempt's, see
    /// <see cref="MailSends.KeyOf"/>) makes it fail with 409, and keeps its own payload.
    /// </summary>
    public async Task<MailSend> AddAsync(MailSend send, string payloadJson, CancellationToken cancellationToken = default)
    {
        if (payloadJson.Length > InlinePayloadChars)
        {
            try
            {
                await payloads.GetBlobClient(PayloadBlob(send.RelatedId, send.Id)).UploadAsync(BinaryData.FromString(payloadJson), overwrite: false, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Never changed once written: either its send's row exists (and this add fails), or an earlier attempt
                // died between payload and row, before anything left (only keyed sends share ids; they are small).
            }

            var added = await table.AddEntityAsync(ToEntity(send), cancellationToken);
            return send with { Version = added.Headers.ETag?.ToString() };
        }

        var payload = new TableEntity(Partition(send.RelatedId), send.Id + PayloadSuffix) { [PayloadProperty] = payloadJson };
        var response = await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, ToEntity(send)), new(TableTransactionActionType.Add, payload)], cancellationToken);
        return send with { Version = response.Value[0].Headers.ETag?.ToString() };
    }

    /// <summary>Writes <paramref name="send"/> over the version it was read at; null when someone else settled it meanwhile.</summary>
    public async Task<MailSend?> TryReplaceAsync(MailSend send, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(send), new ETag(send.Version!), TableUpdateMode.Replace, cancellationToken);
            return send with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>The send, or null; ids that could never be keys (from a URL or an event) are simply not found.</summary>
    public async Task<MailSend?> FindAsync(string relatedId, string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!IsKey(relatedId) || !IsKey(id) || id.EndsWith(PayloadSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition(relatedId), id, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity, now) : null;
    }

    public async Task<string> ReadPayloadAsync(MailSend send, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(send.RelatedId), send.Id + PayloadSuffix, cancellationToken: cancellationToken);
        return row.HasValue && row.Value?.GetString(PayloadProperty) is { } inline
            ? inline
            : (await payloads.GetBlobClient(PayloadBlob(send.RelatedId, send.Id)).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
    }

    /// <summary>The sends about one inquiry or statement, oldest first.</summary>
    public async Task<IReadOnlyList<MailSend>> ListAsync(string relatedId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sends = new List<MailSend>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(relatedId)}"), cancellationToken: cancellationToken))
        {
            if (!entity.RowKey.EndsWith(PayloadSuffix, StringComparison.Ordinal))
            {
                sends.Add(FromEntity(entity, now));
            }
        }

        return sends.OrderBy(s => s.CreatedAt).ToList();
    }

    /// <summary>Every send a person must decide on, across partitions (few: the rest are filtered by the service).</summary>
    public async Task<IReadOnlyList<MailSend>> NeedingDecisionAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"State eq {nameof(MailSendState.Unknown)} or State eq {nameof(MailSendState.Refused)} or State eq {nameof(MailSendState.Sending)} or State eq {nameof(MailSendState.Deferred)}");
        var sends = new List<MailSend>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (FromEntity(entity, now) is { NeedsDecision: true } send)
            {
                sends.Add(send);
            }
        }

        return sends.OrderByDescending(s => s.CreatedAt).ToList();
    }

    private const string PayloadProperty = "Payload";

    private const string PayloadSuffix = ".payload";

    private static string Partition(string relatedId) => relatedId;

    // Table storage refuses / \ # ? and control characters in keys.
    private static bool IsKey(string value) =>
        value.Length is > 0 and <= 256 && !value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static string PayloadBlob(string relatedId, string id) => $"{relatedId}/{id}.json";

    private static TableEntity ToEntity(MailSend send) => new(Partition(send.RelatedId), send.Id)
    {
        ["Kind"] = send.Kind.ToString(),
        ["To"] = JsonSerializer.Serialize(send.To, JsonDefaults.Options),
        ["Subject"] = send.Subject.Length > 2000 ? send.Subject[..2000] : send.Subject,
        ["MessageId"] = send.MessageId,
        ["State"] = send.State.ToString(),
        ["Interactive"] = send.Interactive,
        ["Attempts"] = send.Attempts,
        ["Error"] = send.Error is { Length: > 4000 } error ? error[..4000] : send.Error,
        ["ProviderMessageId"] = send.ProviderMessageId,
        ["CreatedAt"] = send.CreatedAt,
        ["UpdatedAt"] = send.UpdatedAt,
        ["NotBefore"] = send.NotBefore,
        ["ResolvedBy"] = send.ResolvedBy,
    };

    private static MailSend FromEntity(TableEntity e, DateTimeOffset now)
    {
        var send = new MailSend
        {
            Id = e.RowKey,
            RelatedId = e.PartitionKey,
            Kind = Enum.TryParse<MailKind>(e.GetString("Kind"), out var kind) ? kind : MailKind.Notification,
            To = JsonSerializer.Deserialize<List<string>>(e.GetString("To") ?? "[]", JsonDefaults.Options) ?? [],
            Subject = e.GetString("Subject") ?? "",
            MessageId = e.GetString("MessageId") ?? "",
            State = Enum.TryParse<MailSendState>(e.GetString("State"), out var state) ? state : MailSendState.Unknown,
            Interactive = e.GetBoolean("Interactive") ?? false,
            Attempts = e.GetInt32("Attempts") ?? 0,
            Error = e.GetString("Error"),
            ProviderMessageId = e.GetString("ProviderMessageId"),
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
            UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? default,
            NotBefore = e.GetDateTimeOffset("NotBefore"),
            ResolvedBy = e.GetString("ResolvedBy"),
            Version = e.ETag.ToString(),
        };

        return send switch
        {
            // Its run died mid-request (a crash, a host shut down): SendGrid may have it.
            { State: MailSendState.Sending } when now - send.UpdatedAt > Lease =>
                send with { State = MailSendState.Unknown, Error = "Interrompu pendant l'envoi : SendGrid l'a peut-être reçu. / Interrupted while sending: SendGrid may have received it." },

            // Its retry never came (its queue message could not be written): SendGrid did not take it, and a person
            // decides. A queue message that comes after all finds it no longer deferred and does nothing.
            { State: MailSendState.Deferred, NotBefore: { } due } when now - due > Lease =>
                send with { State = MailSendState.Refused, Error = $"{send.Error} ; le nouvel essai n'a pas eu lieu, rien n'est parti. / Deferred by SendGrid and never tried again: nothing was sent." },
            _ => send,
        };
    }
}
