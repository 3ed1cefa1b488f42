using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Telemetry;
using SendGrid.Helpers.Mail;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Sends one batch: re-checks suppression, registers the Message-IDs, marks the batch "sending" under
/// its ETag (so only one run sends it), makes exactly one SendGrid request and records the outcome.
/// A 429 or 5xx answer means SendGrid did not take the request: the batch waits and is tried again.
/// A request that may have reached SendGrid without an answer (timeout, dropped connection) leaves
/// the batch <see cref="BatchState.Unknown"/>: resending it could mail everyone twice, so a person decides.
/// </summary>
public sealed class BatchSender(
    SendPlanner planner,
    SendLedger ledger,
    StatementMessageBuilder builder,
    MailSender sender,
    MessageIdIndex messageIds,
    IJournalistContacts contacts,
    IInquiryThreads inquiries,
    StatementTimeline timeline,
    StatementNotifier notifier,
    IOptions<StatementSendOptions> options,
    PressOfficeMetrics metrics,
    TimeProvider time,
    ILogger<BatchSender> logger)
{
    /// <summary>The batch after the attempt; null when another run owns it.</summary>
    public async Task<StoredBatch?> SendAsync(StatementMessage template, StoredBatch stored, CancellationToken cancellationToken = default)
    {
        var statement = template.Statement;
        var batch = stored.Batch;
        var recipients = await planner.RecipientsAsync(batch, cancellationToken);
        if (recipients is null)
        {
            return await FinishAsync(statement, stored, batch with { State = BatchState.Failed, Error = "The batch's recipient file is missing.", FinishedAt = time.GetUtcNow() }, cancellationToken);
        }

        // Who must not be mailed as of now: one read of the suppression list for the whole batch, so an
        // opt-out recorded a second ago is seen. Each attempt records whom it skipped, with its own state change.
        var found = await contacts.SuppressionsAsync(recipients.Select(r => r.Email).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        var skipped = found.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SkippedRecipient(f.Key, f.Value, batch.Number, now)).ToList();
        var suppressed = found.Keys.ToHashSet(StringComparer.Ordinal);
        var remaining = recipients.Where(r => !suppressed.Contains(r.Email)).ToList();
        if (remaining.Count == 0)
        {
            return await FinishAsync(statement, stored, batch with { State = BatchState.Skipped, Skipped = suppressed.Count, FinishedAt = now }, skipped, cancellationToken);
        }

        var ofBatch = template with { Batch = batch.Number, Language = batch.Language };
        var message = builder.Build(ofBatch, remaining.Select(r => new MessageRecipient(r.Email, r.Name, r.MessageId)).ToList());
        var text = message.PlainTextContent; // serializing the message for SendGrid moves it into Contents
        if (batch.Attempts == 0)
        {
            // Before the first attempt, so that the fastest reply threads; a retry finds them registered. One
            // row for the batch; a skipped recipient keeps its place but no address, as nothing was sent to it.
            await messageIds.RegisterBatchAsync(
                recipients.Select(r => new MessageIdEntry(r.MessageId, MessageIdOwner.Statement, statement.Id, suppressed.Contains(r.Email) ? null : r.Email)).ToList(),
                cancellationToken);
        }

        var sending = batch with
        {
            State = BatchState.Sending,
            Attempts = batch.Attempts + 1,
            LeaseUntil = time.GetUtcNow() + options.Value.Lease,
            NotBefore = null,
            Error = null,
            Skipped = suppressed.Count,
        };
        if (await ledger.TryReplaceAsync(statement.Id, stored, sending, skipped, cancellationToken) is null)
        {
            return null;
        }

        var outcome = await AttemptAsync(message, sending, remaining.Count);

        // SendGrid has answered: record it even if the host is shutting down.
        var recorded = await ledger.RecordOutcomeAsync(statement.Id, outcome, CancellationToken.None);
        await ReportAsync(statement, recorded.Batch, skipped, CancellationToken.None);
        if (recorded.Batch.State == BatchState.Sent)
        {
            await AfterSentAsync(ofBatch, message, text, remaining, cancellationToken);
        }

        return recorded;
    }

    /// <summary>A batch left "sending" past its lease: its run died mid-request, so its outcome is unknown.</summary>
    public async Task<StoredBatch?> ExpireAsync(Statement statement, StoredBatch stored, CancellationToken cancellationToken = default) =>
        await FinishAsync(statement, stored, stored.Batch with
        {
            State = BatchState.Unknown,
            LeaseUntil = null,
            Error = "Interrompu pendant l'envoi : SendGrid l'a peut-être reçu. / Interrupted while sending: SendGrid may have received it.",
        }, cancellationToken);

    private async Task<SendBatch> AttemptAsync(SendGridMessage message, SendBatch sending, int count)
    {
        try
        {
            // Not cancellable: abandoning a request half-way would leave SendGrid's answer unknown.
            var receipt = await sender.SendAsync(message, CancellationToken.None);
            return sending with { State = BatchState.Sent, ProviderMessageId = receipt, Sent = count, LeaseUntil = null, FinishedAt = time.GetUtcNow() };
        }
        catch (MailDeliveryException ex) when (ex.IsTransient)
        {
            return Deferred(sending, $"SendGrid {(int)ex.Status}", ex.RetryAfter);
        }
        catch (MailDeliveryException ex)
        {
            return sending with { State = BatchState.Failed, Error = ex.Message, LeaseUntil = null, FinishedAt = time.GetUtcNow() };
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            // No connection was made, so SendGrid cannot have the request.
            return Deferred(sending, ex.Message, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            logger.LogError(ex, "Batch {Batch}: SendGrid's answer is unknown", sending.Number);
            return sending with { State = BatchState.Unknown, Error = $"Réponse de SendGrid inconnue / SendGrid's answer is unknown: {ex.Message}", LeaseUntil = null };
        }
    }

    private SendBatch Deferred(SendBatch sending, string reason, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        if (sending.Attempts >= options.Value.MaxAttempts)
        {
            return sending with { State = BatchState.Failed, Error = $"{reason}; abandoned after {sending.Attempts} attempts", LeaseUntil = null, FinishedAt = now };
        }

        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, sending.Attempts - 1);
        var wait = retryAfter ?? backoff;
        wait = wait > options.Value.MaxRetryDelay ? options.Value.MaxRetryDelay : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        return sending with { State = BatchState.Planned, NotBefore = now + wait, Error = reason, LeaseUntil = null };
    }

    private async Task<StoredBatch?> FinishAsync(Statement statement, StoredBatch stored, SendBatch outcome, CancellationToken cancellationToken) =>
        await FinishAsync(statement, stored, outcome, [], cancellationToken);

    private async Task<StoredBatch?> FinishAsync(Statement statement, StoredBatch stored, SendBatch outcome, IReadOnlyList<SkippedRecipient> skipped, CancellationToken cancellationToken)
    {
        var recorded = await ledger.TryReplaceAsync(statement.Id, stored, outcome, skipped, cancellationToken);
        if (recorded is not null)
        {
            await ReportAsync(statement, recorded.Batch, skipped, cancellationToken);
        }

        return recorded;
    }

    /// <summary>The attempt's outcome on the statement's timeline, after a line per recipient it skipped, in one write.</summary>
    private async Task ReportAsync(Statement statement, SendBatch batch, IReadOnlyList<SkippedRecipient> skipped, CancellationToken cancellationToken)
    {
        metrics.StatementBatch(batch.State);
        var (kind, detail) = batch.State switch
        {
            BatchState.Sent => (StatementEventKind.BatchSent, $"batch {batch.Number}: {batch.Sent} sent, {batch.Skipped} skipped, X-Message-Id {batch.ProviderMessageId}"),
            BatchState.Skipped => (StatementEventKind.BatchSent, $"batch {batch.Number}: nobody left to send to, {batch.Skipped} skipped"),
            BatchState.Planned => (StatementEventKind.BatchDeferred, $"batch {batch.Number}: {batch.Error}; next attempt at {batch.NotBefore:u}"),
            BatchState.Failed => (StatementEventKind.BatchFailed, $"batch {batch.Number}: {batch.Error}"),
            _ => (StatementEventKind.BatchUnknown, $"batch {batch.Number}: {batch.Error}"),
        };
        var at = time.GetUtcNow();
        var events = skipped.Select(s => new StatementEvent(StatementEventKind.RecipientSkipped, StatementEvent.System, at) { Detail = $"{s.Email}: {s.Reason}" })
            .Append(new StatementEvent(kind, StatementEvent.System, at) { Detail = detail })
            .ToList();
        await timeline.AppendAllAsync(statement.Id, events, cancellationToken);
        if (batch.NeedsDecision)
        {
            await notifier.SendReportAsync(statement,
                $"Le lot {batch.Number} ({batch.Recipients} destinataires) demande une décision : {batch.Error}",
                $"Batch {batch.Number} ({batch.Recipients} recipients) needs a decision: {batch.Error}",
                cancellationToken);
        }
    }

    /// <summary>
    /// The inquiry's thread learns of the send. Each contact's timeline learns of it from SendGrid's
    /// "processed" event for that recipient (<see cref="DeliveryEvents.SendGridEventWebhook"/>), which comes
    /// one per recipient anyway, so that sending costs storage per batch, not per recipient.
    /// </summary>
    private async Task AfterSentAsync(StatementMessage template, SendGridMessage message, string text, List<PlannedRecipient> recipients, CancellationToken cancellationToken)
    {
        var statement = template.Statement;
        if (statement.Inquiry is { } reference && template.Thread is not null)
        {
            var url = message.Personalizations[0].Substitutions[StatementMessageBuilder.UnsubscribePlaceholder];
            var sent = text.Replace(StatementMessageBuilder.UnsubscribePlaceholder, url, StringComparison.Ordinal);
            await inquiries.RecordOutgoingAsync(reference, new OutgoingThreadMessage(recipients[0].MessageId, "Statement", message.Subject, sent, statement.Author, statement.Id, time.GetUtcNow()), cancellationToken);
        }
    }
}
