using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Telemetry;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace PauseIA.Media.Email;

/// <summary>
/// The one way mail leaves: builds the v3 payload and hands it to <see cref="ISendGridClient"/>,
/// which is SendGrid itself or the outbox (see <see cref="OutboxHttpHandler"/>). One request per
/// call, never retried by the transport: a request that timed out may have been accepted, and a
/// second one would mail its recipients twice. Single mails go through <see cref="MailSends"/>,
/// which records each outcome; statement batches through their own send ledger.
/// </summary>
public sealed class MailSender(ISendGridClient client, IOptions<MailOptions> options, IIdGenerator ids, PressOfficeMetrics metrics)
{
    public const string KindArgument = "kind";

    public const string RelatedIdArgument = "relatedId";

    /// <summary>The custom arg naming a single mail's send, so that SendGrid's events can settle an unknown outcome.</summary>
    public const string SendIdArgument = "sendId";

    /// <summary>
    /// Sends a payload built elsewhere (statement batches with many personalizations) and returns
    /// SendGrid's <c>X-Message-Id</c>, the proof that it accepted the request.
    /// </summary>
    public Task<string?> SendAsync(SendGridMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(message.Serialize(), KindOf(message), message.Personalizations?.Count ?? 1, cancellationToken);

    /// <summary>Sends a v3 payload exactly as given (a recorded one, sent again).</summary>
    public Task<string?> SendAsync(string payloadJson, CancellationToken cancellationToken = default)
    {
        var payload = SendGridPayload.Parse(payloadJson);
        var kind = Enum.TryParse<MailKind>(payload.CustomArg(KindArgument), out var parsed) ? parsed : (MailKind?)null;
        return SendAsync(payloadJson, kind, Math.Max(1, payload.PersonalizationCount), cancellationToken);
    }

    private async Task<string?> SendAsync(string payloadJson, MailKind? kind, int mails, CancellationToken cancellationToken)
    {
        var response = await client.RequestAsync(BaseClient.Method.POST, payloadJson, urlPath: "mail/send", cancellationToken: cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            metrics.MailRefused(kind, mails, (int)response.StatusCode);
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            throw new MailDeliveryException(response.StatusCode, body, response.Headers?.RetryAfter?.Delta);
        }

        metrics.MailSent(kind, mails);

        return response.Headers is not null && response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
    }

    /// <summary>A Message-ID of ours (without angle brackets); replies that cite it thread back to us.</summary>
    public string NewMessageId() => $"{ids.NewId()}@{options.Value.MessageIdDomain}";

    /// <summary>The Message-IDs of a batch's recipients, in order: one index row registers them all (<see cref="MessageIdIndex.RegisterBatchAsync"/>).</summary>
    public IReadOnlyList<string> NewBatchMessageIds(int count)
    {
        var batch = ids.NewId();
        return Enumerable.Range(0, count).Select(i => MessageIdIndex.BatchMessageId(batch, i, options.Value.MessageIdDomain)).ToList();
    }

    public SendGridMessage Build(OutgoingMail mail, string messageId, string? sendId = null)
    {
        if (mail.To.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.", nameof(mail));
        }

        var message = new SendGridMessage
        {
            From = new EmailAddress(options.Value.PressAddress, options.Value.PressName),
            Subject = Checked("Subject", mail.Subject),
            PlainTextContent = mail.Text,
            HtmlContent = mail.Html,
        };
        message.AddTos(mail.To.Select(Address).ToList());
        if (mail.Cc.Count > 0)
        {
            message.AddCcs(mail.Cc.Select(Address).ToList());
        }

        if (mail.ReplyTo is not null)
        {
            message.ReplyTo = Address(mail.ReplyTo);
        }

        message.AddHeader("Message-ID", $"<{Checked("Message-ID", messageId)}>");
        if (mail.InReplyTo is not null)
        {
            message.AddHeader("In-Reply-To", $"<{Checked("In-Reply-To", mail.InReplyTo)}>");
        }

        if (mail.References.Count > 0)
        {
            message.AddHeader("References", string.Join(' ', mail.References.Select(r => $"<{Checked("References", r)}>")));
        }

        foreach (var (name, value) in mail.Headers)
        {
            message.AddHeader(Checked("header name", name), Checked(name, value));
        }

        message.AddCustomArg(KindArgument, mail.Kind.ToString());
        if (mail.RelatedId is not null)
        {
            message.AddCustomArg(RelatedIdArgument, Checked("relatedId", mail.RelatedId));
        }

        if (sendId is not null)
        {
            message.AddCustomArg(SendIdArgument, sendId);
        }

        if (mail.Categories.Count > 0)
        {
            message.AddCategories(mail.Categories.ToList());
        }

        return message;
    }

    private static MailKind? KindOf(SendGridMessage message) =>
        Enum.TryParse<MailKind>(message.CustomArgs?.GetValueOrDefault(KindArgument) ?? message.Personalizations?.FirstOrDefault()?.CustomArgs?.GetValueOrDefault(KindArgument), out var kind) ? kind : null;

    private static EmailAddress Address(MailAddress address) =>
        new(Checked("address", address.Email), address.Name is null ? null : MailHeaderText.Clean(address.Name));

    private static string Checked(string what, string value) =>
        MailHeaderText.IsSafe(value) ? value : throw new ArgumentException($"The {what} contains a line break; refusing to build a header from it.");
}
