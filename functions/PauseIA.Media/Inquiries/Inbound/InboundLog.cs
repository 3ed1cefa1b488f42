using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Classification;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// The log of received emails, one partition per sender: each email's record (<c>m-{key}</c>,
/// added create-only, which makes processing idempotent) next to the sender's last
/// acknowledgement (<c>ack</c>), so that claiming an email and reserving its acknowledgement
/// is one read and one transaction. A sender's answer to a statement also leaves the inquiry it
/// opened (<c>st-{statement}</c>, in the same transaction), which their later answers join.
/// </summary>
public sealed class InboundLog([FromKeyedServices(InboundLog.Name)] TableClient table)
{
    public const string Name = "inbound";

    private const string RecordPrefix = "m-";

    private const string AckRow = "ack";

    private const string StatementPrefix = "st-";

    public static string PartitionOf(string sender) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sender.Trim().ToLowerInvariant())))[..32];

    /// <summary>The sender's state for one email, in one query; with <paramref name="statementId"/>, the inquiry an earlier answer to it opened.</summary>
    public async Task<SenderState> ReadAsync(string sender, string key, string? statementId = null, CancellationToken cancellationToken = default)
    {
        InboundRecord? existing = null;
        AckMark? ack = null;
        string? statementInquiry = null;
        var link = StatementPrefix + (statementId ?? "");
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(sender)} and (RowKey eq {RecordPrefix + key} or RowKey eq {AckRow} or RowKey eq {link})");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == AckRow)
            {
                ack = new AckMark(entity.GetDateTimeOffset("At") ?? default, entity.GetString("Reference") ?? "", entity.ETag.ToString());
            }
            else if (entity.RowKey == link)
            {
                statementInquiry = statementId is null ? null : entity.GetString("Reference");
            }
            else
            {
                existing = ToRecord(entity);
            }
        }

        return new SenderState(existing, ack, statementInquiry);
    }

    /// <summary>Files a record; false when this email was filed already.</summary>
    public async Task<bool> TryAddAsync(InboundRecord record, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(record), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Files a new inquiry's record and, when <paramref name="ackAt"/> is set, marks the sender as
    /// acknowledged over <paramref name="previous"/>, and, for an answer to <paramref name="statementId"/>,
    /// links the sender's answers to that statement to this inquiry, in one transaction. False when
    /// either moved since it was read: read again and decide again.
    /// </summary>
    public async Task<bool> TryClaimAsync(InboundRecord record, AckMark? previous, DateTimeOffset? ackAt, string? statementId = null, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, ToEntity(record)) };
        if (statementId is not null)
        {
            var link = new TableEntity(PartitionOf(record.Sender), StatementPrefix + statementId) { ["Reference"] = record.Reference };
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, link));
        }

        if (ackAt is not null)
        {
            var ack = new TableEntity(PartitionOf(record.Sender), AckRow) { ["At"] = ackAt.Value, ["Reference"] = record.Reference };
            actions.Add(previous is null
                ? new TableTransactionAction(TableTransactionActionType.Add, ack)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ack, new ETag(previous.Version)));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>The newest records first, optionally of one kind.</summary>
    public async Task<IReadOnlyList<InboundRecord>> ListAsync(InboundKind? kind, int max, CancellationToken cancellationToken = default)
    {
        var filter = kind is null
            ? TableClient.CreateQueryFilter($"RowKey ge {RecordPrefix} and RowKey lt {"m."}")
            : TableClient.CreateQueryFilter($"RowKey ge {RecordPrefix} and RowKey lt {"m."} and Kind eq {kind.Value.ToString()}");
        var records = new List<InboundRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return records.OrderByDescending(r => r.ReceivedAt).Take(max).ToList();
    }

    public async Task<InboundRecord?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {RecordPrefix + key}"), cancellationToken: cancellationToken))
        {
            return ToRecord(entity);
        }

        return null;
    }

    /// <summary>The records of mail from <paramref name="email"/> (GDPR access and erasure).</summary>
    public async Task<IReadOnlyList<InboundRecord>> ListFromAsync(string email, CancellationToken cancellationToken = default)
    {
        var records = new List<InboundRecord>();
        var filter = TableClient.CreateQueryFilter($"FromEmail eq {email.Trim().ToLowerInvariant()}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return records;
    }

    public async Task DeleteAsync(InboundRecord record, CancellationToken cancellationToken = default)
    {
        var partition = PartitionOf(record.Sender);
        await table.DeleteEntityAsync(partition, RecordPrefix + record.Key, cancellationToken: cancellationToken);
        await table.DeleteEntityAsync(partition, AckRow, cancellationToken: cancellationToken);
        var links = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {StatementPrefix} and RowKey lt {"st."}");
        await foreach (var link in table.QueryAsync<TableEntity>(links, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(partition, link.RowKey, cancellationToken: cancellationToken);
        }
    }

    private static TableEntity ToEntity(InboundRecord record) => new(PartitionOf(record.Sender), RecordPrefix + record.Key)
    {
        ["Sender"] = record.Sender,
        ["Kind"] = record.Kind.ToString(),
        ["Reason"] = record.Reason,
        ["FromEmail"] = record.FromEmail,
        ["FromName"] = record.FromName,
        ["Subject"] = record.Subject.Length > 2000 ? record.Subject[..2000] : record.Subject,
        ["ReceivedAt"] = record.ReceivedAt,
        ["MessageId"] = record.MessageId,
        ["Reference"] = record.Reference,
        ["RelatedReference"] = record.RelatedReference,
        ["Problems"] = JsonSerializer.Serialize(record.Problems, JsonDefaults.Options),
    };

    private static InboundRecord ToRecord(TableEntity e) => new()
    {
        Key = e.RowKey[RecordPrefix.Length..],
        Sender = e.GetString("Sender") ?? "",
        Kind = Enum.TryParse<InboundKind>(e.GetString("Kind"), out var kind) ? kind : InboundKind.Suspicious,
        Reason = e.GetString("Reason") ?? "",
        FromEmail = e.GetString("FromEmail"),
        FromName = e.GetString("FromName"),
        Subject = e.GetString("Subject") ?? "",
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
        MessageId = e.GetString("MessageId"),
        Reference = e.GetString("Reference"),
        RelatedReference = e.GetString("RelatedReference"),
        Problems = JsonSerializer.Deserialize<List<string>>(e.GetString("Problems") ?? "[]", JsonDefaults.Options) ?? [],
    };
}
