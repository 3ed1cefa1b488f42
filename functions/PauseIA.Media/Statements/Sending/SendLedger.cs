using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// The send ledger (table <c>statementsends</c>, one partition per statement): the plan, one row per
/// batch and one per skipped recipient. Batch rows change only under their ETag, so two runs of the
/// same send can never both send a batch: the one that marks it "sending" first owns it.
/// </summary>
public sealed class SendLedger([FromKeyedServices(SendLedger.Name)] TableClient table)
{
    public const string Name = "statementsends";

    /// <summary>A plan is one table transaction (at most 100 rows): the plan row and up to 99 batches.</summary>
    public const int MaxBatches = 99;

    private const string PlanRow = "plan";

    public async Task<SendPlan?> GetPlanAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(statementId, PlanRow, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e
            ? new SendPlan(e.GetString("PlanId"), e.GetDateTimeOffset("PlannedAt") ?? default, e.GetInt32("Recipients") ?? 0, e.GetInt32("Batches") ?? 0)
            : null;
    }

    /// <summary>Records the plan and its batches at once; false when another run recorded a plan first.</summary>
    public async Task<bool> CreatePlanAsync(string statementId, SendPlan plan, IReadOnlyList<SendBatch> batches, CancellationToken cancellationToken = default)
    {
        if (batches.Count is 0 or > MaxBatches)
        {
            throw new ArgumentException($"A plan holds 1 to {MaxBatches} batches.", nameof(batches));
        }

        var actions = batches.Select(b => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(statementId, b)))
            .Prepend(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(statementId, PlanRow)
            {
                ["PlanId"] = plan.PlanId,
                ["PlannedAt"] = plan.PlannedAt,
                ["Recipients"] = plan.Recipients,
                ["Batches"] = plan.Batches,
            }))
            .ToList();

        // Azure refuses a transaction across partitions (Azurite accepts it).
        if (actions.Any(a => a.Entity.PartitionKey != statementId))
        {
            throw new InvalidOperationException("A send plan must stay within the statement's partition.");
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredBatch>> ListBatchesAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var batches = new List<StoredBatch>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {statementId} and RowKey ge {"batch-"} and RowKey lt {"batch."}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            batches.Add(new StoredBatch(FromEntity(e), e.ETag));
        }

        return batches.OrderBy(b => b.Batch.Number).ToList();
    }

    public async Task<StoredBatch?> GetBatchAsync(string statementId, int number, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(statementId, BatchRow(number), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e ? new StoredBatch(FromEntity(e), e.ETag) : null;
    }

    /// <summary>Replaces the batch if nobody changed it since it was read; null when someone did.</summary>
    public Task<StoredBatch?> TryReplaceAsync(string statementId, StoredBatch current, SendBatch next, CancellationToken cancellationToken = default) =>
        TryReplaceAsync(statementId, current, next, [], cancellationToken);

    /// <summary>
    /// Replaces the batch if nobody changed it since it was read, with the recipients this attempt skipped
    /// in the same transaction (a retried attempt writes its skips again, harmlessly); null when someone did.
    /// </summary>
    public async Task<StoredBatch?> TryReplaceAsync(string statementId, StoredBatch current, SendBatch next, IReadOnlyList<SkippedRecipient> skipped, CancellationToken cancellationToken = default)
    {
        var chunks = skipped.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, SkipEntity(statementId, s))).Chunk(99).ToList();
        try
        {
            var replace = new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(statementId, next), current.ETag);
            var response = await table.SubmitTransactionAsync(chunks.FirstOrDefault() is { } first ? first.Prepend(replace) : [replace], cancellationToken);
            foreach (var chunk in chunks.Skip(1))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }

            return new StoredBatch(next, response.Value[0].Headers.ETag ?? default);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    /// <summary>Writes what the run holding the batch's lease learnt: SendGrid's answer is the truth, whatever the row says meanwhile.</summary>
    public async Task<StoredBatch> RecordOutcomeAsync(string statementId, SendBatch outcome, CancellationToken cancellationToken = default)
    {
        var response = await table.UpsertEntityAsync(ToEntity(statementId, outcome), TableUpdateMode.Replace, cancellationToken);
        return new StoredBatch(outcome, response.Headers.ETag ?? default);
    }

    public async Task<IReadOnlyList<SkippedRecipient>> ListSkippedAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var skipped = new List<SkippedRecipient>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {statementId} and RowKey ge {"skip-"} and RowKey lt {"skip."}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            skipped.Add(new SkippedRecipient(e.GetString("Email"), Enum.Parse<SuppressionReason>(e.GetString("Reason")), e.GetInt32("Batch") ?? 0, e.GetDateTimeOffset("At") ?? default));
        }

        return skipped.OrderBy(s => s.Batch).ThenBy(s => s.Email, StringComparer.Ordinal).ToList();
    }

    private static string BatchRow(int number) => $"batch-{number:D4}";

    private static TableEntity SkipEntity(string statementId, SkippedRecipient skipped) =>
        new(statementId, $"skip-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(skipped.Email)))[..32]}")
        {
            ["Email"] = skipped.Email,
            ["Reason"] = skipped.Reason.ToString(),
            ["Batch"] = skipped.Batch,
            ["At"] = skipped.At,
        };

    private static TableEntity ToEntity(string statementId, SendBatch b) => new(statementId, BatchRow(b.Number))
    {
        ["Number"] = b.Number,
        ["State"] = b.State.ToString(),
        ["Recipients"] = b.Recipients,
        ["RecipientsBlob"] = b.RecipientsBlob,
        ["Language"] = b.Language,
        ["Attempts"] = b.Attempts,
        ["NotBefore"] = b.NotBefore,
        ["LeaseUntil"] = b.LeaseUntil,
        ["ProviderMessageId"] = b.ProviderMessageId,
        ["Sent"] = b.Sent,
        ["Skipped"] = b.Skipped,
        ["Error"] = b.Error is { Length: > 2000 } error ? error[..2000] : b.Error,
        ["FinishedAt"] = b.FinishedAt,
    };

    private static SendBatch FromEntity(TableEntity e) => new(
        e.GetInt32("Number") ?? 0, Enum.Parse<BatchState>(e.GetString("State")), e.GetInt32("Recipients") ?? 0, e.GetString("RecipientsBlob") ?? "")
    {
        Language = e.GetString("Language"),
        Attempts = e.GetInt32("Attempts") ?? 0,
        NotBefore = e.GetDateTimeOffset("NotBefore"),
        LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
        ProviderMessageId = e.GetString("ProviderMessageId"),
        Sent = e.GetInt32("Sent") ?? 0,
        Skipped = e.GetInt32("Skipped") ?? 0,
        Error = e.GetString("Error"),
        FinishedAt = e.GetDateTimeOffset("FinishedAt"),
    };
}
