using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>
/// Every SendGrid event id seen (table <c>sendgridevents</c>, create-only), so that SendGrid's
/// retries and replays apply each event once. An event is marked applied after its effects; one
/// found unapplied (a crash in between) is applied again: opt-outs and bounces are idempotent.
/// </summary>
public sealed class DeliveryEventLog([FromKeyedServices(DeliveryEventLog.Name)] TableClient table, TimeProvider time)
{
    public const string Name = "sendgridevents";

    /// <summary>True when the event must be applied: first seen now, or seen before but never applied.</summary>
    public async Task<bool> BeginAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var key = Key(eventId);
        try
        {
            await table.AddEntityAsync(new TableEntity(key, "") { ["EventId"] = eventId, ["ReceivedAt"] = time.GetUtcNow(), ["Applied"] = false }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(key, "", cancellationToken: cancellationToken);
            return existing.HasValue && existing.Value?.GetBoolean("Applied") != true;
        }
    }

    public Task MarkAppliedAsync(string eventId, CancellationToken cancellationToken = default) =>
        table.UpsertEntityAsync(new TableEntity(Key(eventId), "") { ["EventId"] = eventId, ["Applied"] = true }, TableUpdateMode.Merge, cancellationToken);

    // sg_event_id is base64 and may hold '/', which Table storage refuses in keys.
    private static string Key(string eventId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)));
}
