using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>
/// <c>POST /api/webhooks/sendgrid/events</c>: verifies the post, then applies each new event once —
/// statistics per statement, hard bounces and opt-outs on the contact, every event on the contact's
/// timeline (a statement's "processed" as its sending, which the send itself does not write per recipient).
/// Our <c>custom_args</c> (statementId, contact, batch) say which statement an event is about; an event
/// about a batch or a single mail (sendId) whose outcome was unknown proves SendGrid accepted it.
/// </summary>
public sealed class SendGridEventWebhook(
    EventSignatureVerifier verifier,
    DeliveryEventLog log,
    IJournalistContacts contacts,
    StatementStatsStore stats,
    UnknownBatchConfirmer confirmer,
    MailSends sends,
    ILogger<SendGridEventWebhook> logger)
{
    public async Task<WebhookReceipt> ReceiveAsync(string body, string? signature, string? timestamp, CancellationToken cancellationToken = default)
    {
        if (verifier.Refusal(body, signature, timestamp) is { } refusal)
        {
            return WebhookReceipt.Refused(refusal);
        }

        var events = Parse(body);
        var increments = new ConcurrentDictionary<string, StatementStats>(StringComparer.Ordinal);
        var provenBatches = new ConcurrentDictionary<(string, int), string>();
        var provenSends = new ConcurrentDictionary<(string, string), string>();
        var applied = new ConcurrentBag<string>();
        int duplicates = 0, ignored = 0;
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (e, token) =>
        {
            if (string.IsNullOrEmpty(e.Id) || string.IsNullOrEmpty(e.Event))
            {
                Interlocked.Increment(ref ignored);
                return;
            }

            if (!await log.BeginAsync(e.Id, token))
            {
                Interlocked.Increment(ref duplicates);
                return;
            }

            await ApplyToContactAsync(e, token);
            if (e.StatementId is { } statementId && StatementStore.IsKey(statementId))
            {
                increments.AddOrUpdate(statementId, _ => Count(e), (_, sum) => sum.Plus(Count(e)));
                if (e.Batch is { } batch)
                {
                    provenBatches.TryAdd((statementId, batch), e.Event);
                }
            }

            if (e.SendId is { Length: > 0 } sendId && e.RelatedId is { Length: > 0 } relatedId)
            {
                provenSends.TryAdd((relatedId, sendId), e.Event);
            }

            applied.Add(e.Id);
        });

        foreach (var (statementId, increment) in increments)
        {
            await stats.AddAsync(statementId, increment, cancellationToken);
        }

        foreach (var ((statementId, batch), evidence) in provenBatches)
        {
            await confirmer.ConfirmAsync(statementId, batch, evidence, cancellationToken);
        }

        foreach (var ((relatedId, sendId), evidence) in provenSends)
        {
            await sends.ConfirmAsync(relatedId, sendId, evidence, cancellationToken);
        }

        await Parallel.ForEachAsync(applied, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (id, token) =>
            await log.MarkAppliedAsync(id, token));
        return new WebhookReceipt(null, events.Count, applied.Count, duplicates, ignored);
    }

    private static List<DeliveryEvent> Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(DeliveryEvent.Read).ToList()
            : throw DomainException.BadRequest("Le corps doit être un tableau d'événements. / The body must be an array of events.");
    }

    private static StatementStats Count(DeliveryEvent e) => e.Event switch
    {
        "processed" => new StatementStats(Processed: 1),
        "delivered" => new StatementStats(Delivered: 1),
        "deferred" => new StatementStats(Deferred: 1),
        "open" => new StatementStats(Opened: 1),
        "click" => new StatementStats(Clicked: 1),
        "bounce" => new StatementStats(Bounced: 1),
        "dropped" => new StatementStats(Dropped: 1),
        "spamreport" => new StatementStats(SpamReports: 1),
        "unsubscribe" or "group_unsubscribe" => new StatementStats(Unsubscribes: 1),
        _ => new StatementStats(),
    };

    private async Task ApplyToContactAsync(DeliveryEvent e, CancellationToken cancellationToken)
    {
        if (e.Email is not { Length: > 0 } email)
        {
            return;
        }

        var about = e.StatementId;
        var reason = string.IsNullOrWhiteSpace(e.Reason) ? e.Event : e.Reason.Trim();
        try
        {
            switch (e.Event)
            {
                case "bounce" when !string.Equals(e.Type, "blocked", StringComparison.OrdinalIgnoreCase):
                    // A "blocked" bounce is temporary (the receiving server refused for now); any other bounce is hard.
                    await contacts.MarkHardBouncedAsync(email, reason, cancellationToken);
                    break;
                case "dropped" when reason.Contains("Bounced Address", StringComparison.OrdinalIgnoreCase):
                    await contacts.MarkHardBouncedAsync(email, reason, cancellationToken);
                    break;
                case "dropped" when reason.Contains("Unsubscribed Address", StringComparison.OrdinalIgnoreCase)
                    || reason.Contains("Spam Reporting Address", StringComparison.OrdinalIgnoreCase):
                case "spamreport" or "unsubscribe" or "group_unsubscribe":
                    await contacts.OptOutAsync(email, $"sendgrid:{e.Event}", cancellationToken);
                    break;
            }

            if (Activity(e, reason) is { } activity)
            {
                await contacts.RecordActivityAsync(email, activity with { RelatedId = about }, cancellationToken);
            }
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound)
        {
            // Mail to someone who is not (or no longer) a contact, such as a team member's test send. Logs go to
            // Application Insights: the address stays out of them.
            logger.LogInformation("SendGrid {Event} for an address that is not a contact", e.Event);
        }
    }

    private static ContactActivity? Activity(DeliveryEvent e, string reason)
    {
        var kind = e.Event switch
        {
            // SendGrid took the statement for this recipient: the send's own entry on the contact's timeline.
            "processed" when e.StatementId is not null => ContactActivityKind.StatementSent,
            "delivered" => ContactActivityKind.Delivered,
            "open" => ContactActivityKind.Opened,
            "click" => ContactActivityKind.Clicked,
            "bounce" or "dropped" => ContactActivityKind.Bounced,
            "spamreport" => ContactActivityKind.SpamReport,
            "unsubscribe" or "group_unsubscribe" => ContactActivityKind.OptedOut,
            _ => (ContactActivityKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var summary = e.Event switch
        {
            "click" => $"click: {e.Url}",
            "processed" => "Communiqué envoyé / statement sent",
            "bounce" or "dropped" => $"{e.Event} ({e.Type ?? "-"}): {reason}",
            _ => e.Event,
        };
        return new ContactActivity(kind.Value, summary, null, "sendgrid", e.At);
    }
}
