using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Cuts a send into batches when it starts: the signed-off manifest's recipients, in order, at most
/// <see cref="StatementSendOptions.BatchSize"/> per batch and one language per batch (the primary
/// language first), each batch's recipients fixed in a create-only blob with a Message-ID minted per
/// recipient, and the plan recorded in one transaction.
/// </summary>
public sealed class SendPlanner(
    StatementBlobs blobs,
    SendLedger ledger,
    MailSender sender,
    IOptions<StatementSendOptions> options,
    TimeProvider time,
    IIdGenerator ids)
{
    /// <summary>The plan, made now or found made by another run; null when the frozen manifest cannot be trusted.</summary>
    public async Task<SendPlan?> PlanAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        if (await ledger.GetPlanAsync(statement.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var signOff = statement.SignOff ?? throw new InvalidOperationException("Only a signed-off statement is planned.");
        var bytes = await blobs.ReadAsync(StatementBlobs.ManifestBlob(statement.Id, signOff.Manifest), cancellationToken);
        if (bytes is null || ManifestDocument.Hash(bytes) != signOff.ManifestHash)
        {
            return null;
        }

        var planId = ids.NewId();
        var batches = new List<SendBatch>();
        foreach (var (language, chunk) in Batches(ManifestDocument.Parse(bytes), options.Value.BatchSize, statement.Language))
        {
            var number = batches.Count + 1;
            var messageIds = sender.NewBatchMessageIds(chunk.Length);
            var recipients = chunk.Select((r, i) => new PlannedRecipient(r.Email, r.Name, r.Language, messageIds[i])).ToList();
            var name = StatementBlobs.BatchBlob(statement.Id, planId, number);
            await blobs.CreateAsync(name, JsonSerializer.SerializeToUtf8Bytes(recipients, JsonDefaults.Options), cancellationToken);
            batches.Add(new SendBatch(number, BatchState.Planned, recipients.Count, name) { Language = language });
        }

        var plan = new SendPlan(planId, time.GetUtcNow(), batches.Sum(b => b.Recipients), batches.Count);
        return await ledger.CreatePlanAsync(statement.Id, plan, batches, cancellationToken)
            ? plan
            : await ledger.GetPlanAsync(statement.Id, cancellationToken);
    }

    /// <summary>The manifest's recipients cut into batches of one language each; a recipient without a language receives the primary one.</summary>
    public static IEnumerable<(string Language, StatementRecipient[] Recipients)> Batches(ManifestDocument manifest, int batchSize, string primary) =>
        manifest.Recipients
            .GroupBy(r => r.Receives ?? primary)
            .OrderBy(g => g.Key == primary ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(batchSize).Select(chunk => (g.Key, chunk)));

    public async Task<IReadOnlyList<PlannedRecipient>?> RecipientsAsync(SendBatch batch, CancellationToken cancellationToken = default) =>
        await blobs.ReadAsync(batch.RecipientsBlob, cancellationToken) is { } bytes
            ? JsonSerializer.Deserialize<List<PlannedRecipient>>(bytes, JsonDefaults.Options)
            : null;
}
