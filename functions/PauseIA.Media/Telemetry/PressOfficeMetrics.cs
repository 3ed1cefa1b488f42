using System.Diagnostics.Metrics;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Telemetry;

/// <summary>
/// The service's own metrics, on one <see cref="Meter"/> that OpenTelemetry exports to Azure Monitor
/// (the alerts in infra/ query them). Every tag is an enum, a status code or a queue name, never
/// text from a mail: no address, subject or name can reach telemetry through here.
/// </summary>
public sealed class PressOfficeMetrics
{
    public const string MeterName = "PauseIA.Media";

    private readonly Counter<long> inbound;
    private readonly Histogram<double> acknowledgementDelay;
    private readonly Counter<long> mailSent;
    private readonly Counter<long> mailRefused;
    private readonly Counter<long> statementBatches;
    private readonly Gauge<long> poisonMessages;

    public PressOfficeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        inbound = meter.CreateCounter<long>("pauseia.inbound.received", "{email}", "Inbound emails processed, by what they are (inquiry, auto-reply, bounce…).");
        acknowledgementDelay = meter.CreateHistogram<double>("pauseia.inquiry.acknowledgement.delay", "s", "From an email's arrival (archived by the webhook) to its acknowledgement accepted by SendGrid.");
        mailSent = meter.CreateCounter<long>("pauseia.mail.sent", "{mail}", "Mails accepted by SendGrid (or the outbox), one per personalization, by kind.");
        mailRefused = meter.CreateCounter<long>("pauseia.mail.refused", "{mail}", "Mails SendGrid refused, one per personalization, by kind and HTTP status.");
        statementBatches = meter.CreateCounter<long>("pauseia.statement.batches", "{batch}", "Statement send batches settled or deferred, by outcome.");
        poisonMessages = meter.CreateGauge<long>("pauseia.queue.poison.messages", "{message}", "Messages waiting in a poison queue for an Admin, by queue.");
    }

    public void InboundReceived(InboundKind kind) => inbound.Add(1, Tag("kind", Snake(kind.ToString())));

    public void Acknowledged(TimeSpan sinceArrival) => acknowledgementDelay.Record(Math.Max(0, sinceArrival.TotalSeconds));

    public void MailSent(MailKind? kind, int mails) => mailSent.Add(mails, Tag("kind", KindTag(kind)));

    public void MailRefused(MailKind? kind, int mails, int status) =>
        mailRefused.Add(mails, Tag("kind", KindTag(kind)), Tag("status", status));

    public void StatementBatch(BatchState outcome) =>
        statementBatches.Add(1, Tag("outcome", outcome == BatchState.Planned ? "deferred" : Snake(outcome.ToString())));

    public void PoisonMessages(string queue, long waiting) => poisonMessages.Record(waiting, Tag("queue", queue));

    private static KeyValuePair<string, object?> Tag(string name, object value) => new(name, value);

    private static string KindTag(MailKind? kind) => kind is { } k ? Snake(k.ToString()) : "unknown";

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "_") + char.ToLowerInvariant(c) : c.ToString()));
}
