using Microsoft.Extensions.Logging;
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
/// those contacts hard-bounced; an unsubscribe request opts its sender out; an auto-reply in an
/// inquiry's thread is noted in its timeline.
/// </summary>
public sealed class InboundMailFiler(
    InboundLog log,
    MessageIdIndex index,
    InquiryStore store,
    IJournalistContacts contacts,
    IIdGenerator ids,
    ILogger<InboundMailFiler> logger)
{
    public async Task FileAsync(InboundEmail email, InboundClassification classification, CancellationToken cancellationToken = default)
    {
        // Only a Message-ID we know links an auto-reply to an inquiry: a reference in a subject could be anyone's guess.
        string? related = null;
        if (classification.Kind == InboundKind.AutoReply && email.ThreadCandidates().Any()
            && await index.FindFirstAsync(email.ThreadCandidates().Take(3), cancellationToken) is { Kind: MessageIdOwner.Inquiry } entry)
        {
            related = entry.RelatedId;
        }

        var record = InboundRecord.Of(email, classification) with { RelatedReference = related };
        if (!await log.TryAddAsync(record, cancellationToken))
        {
            logger.LogInformation("Inbound {Key} was filed already.", email.Key);
            return;
        }

        if (classification.Kind == InboundKind.Bounce)
        {
            foreach (var failure in email.DeliveryFailures.Where(f => f.IsPermanent))
            {
                await contacts.MarkHardBouncedAsync(failure.Recipient, $"{failure.Status} {failure.Diagnostic}".Trim(), cancellationToken);
            }
        }

        if (classification.Kind == InboundKind.Unsubscribe && email.From is { } sender)
        {
            await contacts.OptOutAsync(sender.Email, "List-Unsubscribe (mailto)", cancellationToken);
        }

        if (related is not null)
        {
            var note = new InquiryEvent(ids.NewId(), email.ReceivedAt, InquiryEventKind.AutoReply, null,
                $"Réponse automatique de {email.From?.Email ?? email.SenderAddress} : « {email.Subject} ».");
            await store.AppendAsync(related, [], [note], cancellationToken);
        }
    }
}
