using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Adds an email to the thread it answers, when its sender may write there: the inquiry's
/// journalist (whose reply reopens a closed inquiry) or a team member (whose email to the
/// journalist counts as an answer). Anyone else opens an inquiry of their own.
/// </summary>
public sealed class ThreadAppender(
    InquiryStore store,
    MessageIdIndex index,
    TeamDirectory team,
    IJournalistContacts contacts,
    InquiryNotifier notifier,
    IIdGenerator ids,
    TimeProvider time,
    ILogger<ThreadAppender> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>Whether the email joined the thread, and whether that inquiry exists at all (a subject may cite one that does not).</summary>
    public async Task<(bool Joined, bool Exists)> TryAppendAsync(InboundEmail email, string reference, CancellationToken cancellationToken = default)
    {
        var sender = email.From?.Email;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var inquiry = await store.FindAsync(reference, cancellationToken);
            var isJournalist = inquiry is not null && string.Equals(sender, inquiry.Journalist.Email, StringComparison.OrdinalIgnoreCase);
            var member = team.Find(sender);
            if (inquiry is null || (!isJournalist && member is null))
            {
                return (false, inquiry is not null);
            }

            var (updated, message, note) = isJournalist ? FromJournalist(inquiry, email) : FromTeam(inquiry, email, member!);
            var outcome = await store.SaveAsync(updated, [message], [note], cancellationToken);
            if (outcome == SaveOutcome.Stale)
            {
                continue;
            }

            // Indexing is idempotent, so a redelivery after a crash between the two writes completes it.
            if (email.MessageId is not null)
            {
                await index.RegisterAsync(new MessageIdEntry(email.MessageId, MessageIdOwner.Inquiry, reference, inquiry.Journalist.Email), cancellationToken);
            }

            if (outcome == SaveOutcome.Duplicate)
            {
                // An earlier run added it and may have died before its notification was recorded: keyed by this
                // email, the notification goes now if that run's did not, and never twice.
                logger.LogInformation("Inbound {Key} is in {Reference} already.", email.Key, reference);
                if (isJournalist)
                {
                    await notifier.NotifyJournalistReplyAsync(inquiry, email.Text, reopened: false, email.Key, cancellationToken);
                }

                return (true, true);
            }

            if (isJournalist)
            {
                await contacts.RecordActivityAsync(inquiry.Journalist.Email, new ContactActivity(ContactActivityKind.Reply, $"Nouveau message sur {reference} : {email.Subject}", reference, null, email.ReceivedAt), cancellationToken);
                await notifier.NotifyJournalistReplyAsync(updated, email.Text, reopened: inquiry.Status == InquiryStatus.Closed, email.Key, cancellationToken);
            }

            return (true, true);
        }

        throw new InvalidOperationException($"{reference} kept changing while a reply was being added; the queue will retry.");
    }

    private (Inquiry, InquiryMessage, InquiryEvent) FromJournalist(Inquiry inquiry, InboundEmail email)
    {
        var reopened = inquiry.Status == InquiryStatus.Closed;
        var text = reopened
            ? $"{inquiry.Journalist.Email} a répondu : la demande est rouverte."
            : $"{inquiry.Journalist.Email} a répondu.";
        return (inquiry.JournalistWrote(email.ReceivedAt), InboundMessages.Received(email, InquiryMessageKind.JournalistReply),
            new InquiryEvent(ids.NewId(), email.ReceivedAt, InquiryEventKind.JournalistReplied, null, text));
    }

    private (Inquiry, InquiryMessage, InquiryEvent) FromTeam(Inquiry inquiry, InboundEmail email, TeamMember member)
    {
        var toJournalist = email.To.Concat(email.Cc).Any(a => string.Equals(a.Email, inquiry.Journalist.Email, StringComparison.OrdinalIgnoreCase));
        var updated = toJournalist && inquiry.Status != InquiryStatus.Closed
            ? inquiry.Answer(time.GetUtcNow()) with { LastMessageAt = email.ReceivedAt }
            : inquiry with { LastMessageAt = email.ReceivedAt };
        var text = toJournalist
            ? $"{member.DisplayName} a répondu au·à la journaliste depuis sa messagerie."
            : $"{member.DisplayName} a écrit dans le fil depuis sa messagerie.";
        return (updated, InboundMessages.Received(email, InquiryMessageKind.TeamEmail), new InquiryEvent(ids.NewId(), email.ReceivedAt, InquiryEventKind.TeamEmail, member.Email, text));
    }
}
