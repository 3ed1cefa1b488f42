using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Files what is not an inquiry (auto-replies, bounces, bulk, our own mail, suspicious mail,
/// unsubscribe requests): kept and listed, never acknowledged. A bounce's permanent failures mark
/// those addresses hard-bounced only when the report answers a Message-ID we sent to them; any
/// other report of a permanent failure is filed as suspicious and suppresses nobody. An
/// unsubscribe request opts its sender out; an auto-reply in an inquiry's thread is noted in its timeline.
/// </summary>
public sealed class InboundMailFiler(
    InboundLog log,
    MessageIdIndex index,
    InquiryStore store,
    IJournalistContacts contacts,
    IOptions<MailOptions> mail,
    IIdGenerator ids,
    ILogger<InboundMailFiler> logger)
{
    /// <summary>Bounds the index lookups of one report (one request each).</summary>
    private const int MaxAnsweredIds = 3;

    public async Task FileAsync(InboundEmail email, InboundClassification classification, CancellationToken cancellationToken = default)
    {
        // Only a Message-ID we know links an auto-reply to an inquiry: a reference in a subject could be anyone's guess.
        string? related = null;
        if (classification.Kind == InboundKind.AutoReply && email.ThreadCandidates().Any()
            && await index.FindFirstAsync(email.ThreadCandidates().Take(3), cancellationToken) is { Kind: MessageIdOwner.Inquiry } entry)
        {
            related = entry.RelatedId;
        }

        var bounced = classification.Kind == InboundKind.Bounce && email.DeliveryFailures.Any(f => f.IsPermanent);
        if (bounced)
        {
            (classification, related) = await VerifyBounceAsync(email, cancellationToken);
        }

        var record = InboundRecord.Of(email, classification) with { RelatedReference = related };
        if (!await log.TryAddAsync(record, cancellationToken))
        {
            logger.LogInformation("Inbound {Key} was filed already.", email.Key);
            return;
        }

        if (bounced && classification.Kind == InboundKind.Bounce)
        {
            // Verified: every permanent failure answers a Message-ID we sent to that very address.
            foreach (var failure in email.DeliveryFailures.Where(f => f.IsPermanent))
            {
                await contacts.MarkHardBouncedAsync(failure.Recipient, $"{failure.Status} {failure.Diagnostic}".Trim(), cancellationToken);
            }
        }

        if (classification.Kind == InboundKind.Unsubscribe && email.From is { } sender)
        {
            await contacts.OptOutAsync(sender.Email, "List-Unsubscribe (mailto)", cancellationToken);
        }

        if (related is not null && classification.Kind == InboundKind.AutoReply)
        {
            var note = new InquiryEvent(ids.NewId(), email.ReceivedAt, InquiryEventKind.AutoReply, null,
                $"Réponse automatique de {email.From?.Email ?? email.SenderAddress} : « {email.Subject} ».");
            await store.AppendAsync(related, [], [note], cancellationToken);
        }
    }

    /// <summary>
    /// A report of permanent failure is believed only when it answers a Message-ID of ours (the returned
    /// message's, else its In-Reply-To/References) that the index holds as sent to each failed address.
    /// Anyone can write a report naming any address: the rest is a suspicious bounce.
    /// </summary>
    private async Task<(InboundClassification Classification, string? Related)> VerifyBounceAsync(InboundEmail email, CancellationToken cancellationToken)
    {
        var ours = (email.ReturnedMessageId is { } returned ? [returned] : Array.Empty<string>())
            .Concat(email.ThreadCandidates())
            .Where(id => id.EndsWith("@" + mail.Value.MessageIdDomain, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxAnsweredIds)
            .ToList();
        var answered = ours.Count == 0 ? null : await index.FindFirstAsync(ours, cancellationToken);
        var failed = email.DeliveryFailures.Where(f => f.IsPermanent).Select(f => f.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unproven = failed.Where(r => !string.Equals(r, answered?.ContactEmail, StringComparison.OrdinalIgnoreCase)).ToList();
        if (answered is not null && unproven.Count == 0)
        {
            return (new InboundClassification(InboundKind.Bounce, $"Avis de non-remise du message {answered.MessageId}, envoyé à {string.Join(", ", failed)}."),
                answered.Kind == MessageIdOwner.Inquiry ? answered.RelatedId : null);
        }

        var why = answered is null
            ? "il ne répond à aucun message que nous avons envoyé"
            : $"le message {answered.MessageId} n'a pas été envoyé à {string.Join(", ", unproven)}";
        return (new InboundClassification(InboundKind.Suspicious, $"Avis de non-remise non vérifié : {why} ; personne n'est marqué en échec. / Unverified delivery report: nobody suppressed."), null);
    }
}
