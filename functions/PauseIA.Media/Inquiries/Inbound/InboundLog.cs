using System.Buffers.Text;
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
/// The log of received emails, in one partition so that everything one email changes is one entity
/// group transaction. Row keys:
/// <list type="bullet">
/// <item><c>m|{key}</c>: each email's record, added create-only, which makes processing idempotent and
/// finding a record a point read;</item>
/// <item><c>s|{sender}|…</c>, one contiguous range per sender (a hash of the address): a mark of each of
/// their records (<c>m-{key}</c>), their last acknowledgement (<c>ack</c>) and the inquiry their answer to a
/// statement opened (<c>st-{statement}</c>), which their later answers join; so claiming an email and
/// reserving its acknowledgement is one read of that range and one transaction;</item>
/// <item><c>l|{list}|{inverted ticks}|{key}</c>: copies of the record in the lists "Autres messages" pages
/// through, newest first: everything (<c>all</c>), one kind (<c>k.Bounce</c>), all but inquiries
/// (<c>other</c>), and the sender's (<c>f.{hash}</c>, for access and erasure).</item>
/// </list>
/// One partition serves about 2,000 entities a second in Azure: some 400 emails a second.
/// </summary>
public sealed class InboundLog([FromKeyedServices(InboundLog.Name)] TableClient table)
{
    public const string Name = "inbound";

    public const string Partition = "inbound";

    /// <summary>The list of every record but the inquiries' ("Autres messages" without a kind).</summary>
    public const string OtherList = "other";

    private const string AllList = "all";

    private const string AckRow = "ack";

    private const string StatementPrefix = "st-";

    private const string MarkPrefix = "m-";

    public static string SenderOf(string sender) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sender.Trim().ToLowerInvariant())))[..32];

    /// <summary>The sender's state for one email, in one query; with <paramref name="statementId"/>, the inquiry an earlier answer to it opened.</summary>
    public async Task<SenderState> ReadAsync(string sender, string key, string? statementId = null, CancellationToken cancellationToken = default)
    {
        InboundRecord? existing = null;
        AckMark? ack = null;
        string? statementInquiry = null;
        var range = SenderRange(sender);
        var (ackRow, markRow, linkRow) = (range + AckRow, range + MarkPrefix + key, range + StatementPrefix + (statementId ?? ""));

        // Equalities alone would scan the whole partition in Azure; within the sender's range they scan only it.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey ge {range} and RowKey lt {SenderEnd(sender)} and (RowKey eq {ackRow} or RowKey eq {markRow} or RowKey eq {linkRow})");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == ackRow)
            {
                ack = new AckMark(entity.GetDateTimeOffset("At") ?? default, entity.GetString("Reference") ?? "", entity.ETag.ToString());
            }
            else if (entity.RowKey == linkRow)
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
    public async Task<bool> TryAddAsync(InboundRecord record, CancellationToken cancellationToken = default) =>
        await TrySubmitAsync(Rows(record).ToList(), cancellationToken);

    /// <summary>
    /// Files a new inquiry's record and, when <paramref name="ackAt"/> is set, marks the sender as
    /// acknowledged over <paramref name="previous"/>, and, for an answer to <paramref name="statementId"/>,
    /// links the sender's answers to that statement to this inquiry, in one transaction. False when
    /// either moved since it was read: read again and decide again.
    /// </summary>
    public async Task<bool> TryClaimAsync(InboundRecord record, AckMark? previous, DateTimeOffset? ackAt, string? statementId = null, CancellationToken cancellationToken = default)
    {
        var actions = Rows(record).ToList();
        var range = SenderRange(record.Sender);
        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(ToEntity(record)) { RowKey = range + MarkPrefix + record.Key }));
        if (statementId is not null)
        {
            var link = new TableEntity(Partition, range + StatementPrefix + statementId) { ["Reference"] = record.Reference };
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, link));
        }

        if (ackAt is not null)
        {
            var ack = new TableEntity(Partition, range + AckRow) { ["At"] = ackAt.Value, ["Reference"] = record.Reference };
            actions.Add(previous is null
                ? new TableTransactionAction(TableTransactionActionType.Add, ack)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ack, new ETag(previous.Version)));
        }

        return await TrySubmitAsync(actions, cancellationToken);
    }

    /// <summary>
    /// A page of records, newest first, of one kind, of all but inquiries (<see cref="OtherList"/>), or all
    /// (null), from the continuation of the previous page: one range read, whatever the history.
    /// </summary>
    public async Task<(IReadOnlyList<InboundRecord> Records, string? Continuation)> ListAsync(
        string? list, int limit, string? continuation = null, CancellationToken cancellationToken = default)
    {
        var name = list ?? AllList;
        var start = ListStart(name);
        var from = continuation is null ? start : start + ReadContinuation(continuation);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {from} and RowKey lt {ListEnd(name)}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: limit, cancellationToken: cancellationToken).AsPages(pageSizeHint: limit))
        {
            var records = page.Values.Take(limit).ToList();
            var next = records.Count == limit && page.ContinuationToken is not null
                ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(records[^1].RowKey[start.Length..]))
                : null;
            return (records.Select(ToRecord).ToList(), next);
        }

        return ([], null);
    }

    /// <summary>The list of one kind, for <see cref="ListAsync"/>.</summary>
    public static string KindList(InboundKind kind) => $"k.{kind}";

    public async Task<InboundRecord?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, RecordRow(key), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? ToRecord(response.Value) : null;
    }

    /// <summary>The records of mail from <paramref name="email"/> (GDPR access and erasure).</summary>
    public async Task<IReadOnlyList<InboundRecord>> ListFromAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var list = FromList(normalized);
        var records = new List<InboundRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {ListStart(list)} and RowKey lt {ListEnd(list)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        // The list is keyed by a hash of the lower-cased address: this drops another address that shares it, not a capital.
        return records.Where(r => string.Equals(r.FromEmail?.Trim(), normalized, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Deletes the record, the lists' copies of it, and its sender's marks of it, acknowledgement and statement links.</summary>
    public async Task DeleteAsync(InboundRecord record, CancellationToken cancellationToken = default)
    {
        var range = SenderRange(record.Sender);
        var mark = range + MarkPrefix + record.Key;
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey ge {range} and RowKey lt {SenderEnd(record.Sender)} and (RowKey eq {range + AckRow} or RowKey eq {mark} or RowKey ge {range + StatementPrefix})");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            stale.Add(row.RowKey);
        }

        // A delete fails on a row that is gone, so a repeated erasure deletes only what is left.
        if (await FindAsync(record.Key, cancellationToken) is { } stored)
        {
            stale.AddRange(Rows(stored).Select(a => a.Entity.RowKey));
        }

        foreach (var chunk in stale.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, key), ETag.All)), cancellationToken);
        }
    }

    private static string RecordRow(string key) => $"m|{key}";

    private static string SenderRange(string sender) => $"s|{SenderOf(sender)}|";

    private static string SenderEnd(string sender) => $"s|{SenderOf(sender)}}}";

    private static string FromList(string email) => $"f.{SenderOf(email)}";

    private static string ListStart(string list) => $"l|{list}|";

    private static string ListEnd(string list) => $"l|{list}}}";

    private static string ReadContinuation(string token)
    {
        try
        {
            var position = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (position.Length is > 20 and < 80 && position.All(c => char.IsAsciiLetterOrDigit(c) || c == '|'))
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }

        throw DomainException.BadRequest("Jeton de suite invalide. / Invalid continuation token.");
    }

    /// <summary>The record and its copies in the lists, all added create-only (one transaction, or part of one when loading many).</summary>
    public static IEnumerable<TableTransactionAction> Rows(InboundRecord record)
    {
        var entity = ToEntity(record);
        yield return new TableTransactionAction(TableTransactionActionType.Add, entity);
        var position = $"{DateTimeOffset.MaxValue.UtcTicks - record.ReceivedAt.UtcTicks:D19}|{record.Key}";
        List<string> lists = [AllList, KindList(record.Kind)];
        if (record.Kind != InboundKind.Inquiry)
        {
            lists.Add(OtherList);
        }

        if (record.FromEmail is { Length: > 0 } from)
        {
            lists.Add(FromList(from.Trim().ToLowerInvariant()));
        }

        foreach (var list in lists)
        {
            var copy = new TableEntity(entity) { PartitionKey = Partition, RowKey = ListStart(list) + position };
            yield return new TableTransactionAction(TableTransactionActionType.Add, copy);
        }
    }

    private async Task<bool> TrySubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
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

    private static TableEntity ToEntity(InboundRecord record) => new(Partition, RecordRow(record.Key))
    {
        ["Key"] = record.Key,
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
        Key = e.GetString("Key") ?? "",
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
