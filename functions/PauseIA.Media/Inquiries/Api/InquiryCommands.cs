using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// What the console does to an inquiry: assign, reply, note, close, reopen. Each checks the
/// member may see the inquiry, applies the move through <see cref="Inquiry"/> (409 when illegal),
/// and saves over the version read (409 when someone changed it meanwhile, or when the
/// <c>If-Match</c> the console sent is no longer current).
/// </summary>
public sealed class InquiryCommands(
    InquiryStore store,
    InquiryQueries queries,
    TeamDirectory team,
    IJournalistContacts contacts,
    MailSender sender,
    MailSends sends,
    InquiryReplyComposer replies,
    MessageIdIndex index,
    InquiryNotifier notifier,
    InquiryAcknowledger acknowledger,
    IIdGenerator ids,
    TimeProvider time)
{
    private const int MaxNoteChars = 8_000;

    public async Task<InquiryView> AssignAsync(TeamMember actor, string reference, AssignInquiry? command, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var assignee = team.Find(command?.Assignee) ?? throw DomainException.BadRequest($"« {command?.Assignee} » ne fait pas partie de l'équipe. / The assignee must be a team member.");
        var watchers = command!.Watchers?.Select(w => team.Find(w)?.Email ?? throw DomainException.BadRequest($"« {w} » ne fait pas partie de l'équipe. / Watchers must be team members.")).ToList();
        var inquiry = await LoadAsync(actor, reference, ifMatch, cancellationToken);
        var updated = (watchers is null ? inquiry : inquiry with { Watchers = watchers.Distinct().ToList() }).AssignTo(assignee.Email);
        await SaveAsync(updated, [], Event(InquiryEventKind.Assigned, actor, $"{actor.DisplayName} a attribué la demande à {assignee.DisplayName}."), cancellationToken);
        await notifier.NotifyAssignedAsync(updated, actor, cancellationToken);
        return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
    }

    /// <summary>
    /// Sends the answer from the press address in the thread, once, then records it. The move is
    /// checked before sending, so a closed inquiry sends nothing; once sent, the message is always
    /// recorded. A refusal (nothing left) is a 409 to send again; an unknown outcome (it may have
    /// left) is recorded in the thread as such, without answering the inquiry, for a person to decide.
    /// </summary>
    public async Task<InquiryView> ReplyAsync(TeamMember actor, string reference, ReplyToInquiry? command, string? ifMatch, CancellationToken cancellationToken = default)
    {
        InquiryReplyComposer.Validate(command);

        var thread = InquiryAccess.Check(actor, reference, await store.FindThreadAsync(InquiryQueries.Normalize(reference), cancellationToken), t => t.Inquiry);
        var inquiry = Current(thread.Inquiry, ifMatch);
        _ = inquiry.Answer(time.GetUtcNow(), command.WaitForJournalist);
        if (await contacts.SuppressionAsync(inquiry.Journalist.Email, cancellationToken) is SuppressionReason.HardBounce or SuppressionReason.Erased or SuppressionReason.NoEmail)
        {
            throw DomainException.Conflict($"L'adresse {inquiry.Journalist.Email} ne peut plus être écrite (échec définitif ou effacement). / This address must not be mailed.");
        }

        var (mail, carriesPrivacyNotice) = await replies.ComposeAsync(thread, command.Markdown, cancellationToken);
        var messageId = sender.NewMessageId();
        await index.RegisterAsync(new MessageIdEntry(messageId, MessageIdOwner.Inquiry, inquiry.Reference, inquiry.Journalist.Email), cancellationToken);
        var send = await sends.SendAsync(mail, messageId, interactive: true, cancellationToken: cancellationToken);
        if (send.State == MailSendState.Refused)
        {
            throw DomainException.Conflict($"L'envoi a été refusé par SendGrid ({send.Error}) : rien n'a été envoyé, réessayez. / SendGrid refused it, nothing was sent; try again.");
        }

        var now = time.GetUtcNow();
        var message = InboundMessages.Sent(mail, messageId, InquiryMessageKind.Reply, now, acknowledger.PressAddress, actor.Email);
        if (send.State == MailSendState.Unknown)
        {
            var problem = InquiryNotifier.Problem(send, $"La réponse de {actor.DisplayName}")!;
            await RecordSentAsync(inquiry.Reference, current => current, message with { Problems = [problem] }, new(ids.NewId(), now, InquiryEventKind.Problem, actor.Email, problem), cancellationToken);
            return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
        }

        if (carriesPrivacyNotice)
        {
            await contacts.MarkPrivacyNoticeSentAsync(inquiry.Journalist.Email, cancellationToken);
        }

        var note = Event(InquiryEventKind.Replied, actor, $"{actor.DisplayName} a répondu{(command.WaitForJournalist ? " et attend un retour du·de la journaliste" : "")}.");
        await RecordSentAsync(inquiry.Reference, current => current.Status == InquiryStatus.Closed ? current : current.Answer(now, command.WaitForJournalist), message, note, cancellationToken);
        await contacts.RecordActivityAsync(inquiry.Journalist.Email, new ContactActivity(ContactActivityKind.Reply, $"Réponse à {inquiry.Reference} : {mail.Subject}", inquiry.Reference, actor.Email, now), cancellationToken);
        return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
    }

    public async Task<InquiryView> AddNoteAsync(TeamMember actor, string reference, AddInquiryNote? command, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(command?.Text) || command.Text.Length > MaxNoteChars)
        {
            throw DomainException.BadRequest($"Note vide ou trop longue ({MaxNoteChars} caractères au plus). / The note is empty or too long.");
        }

        var inquiry = await LoadAsync(actor, reference, null, cancellationToken);
        await store.AppendAsync(inquiry.Reference, [], [Event(InquiryEventKind.Note, actor, command.Text.Trim())], cancellationToken);
        return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
    }

    public async Task<InquiryView> CloseAsync(TeamMember actor, string reference, CloseInquiry? command, string? ifMatch, CancellationToken cancellationToken = default)
    {
        if (command?.Reason is { Length: > MaxNoteChars })
        {
            throw DomainException.BadRequest("Motif trop long. / Reason too long.");
        }

        var inquiry = await LoadAsync(actor, reference, ifMatch, cancellationToken);
        var why = string.IsNullOrWhiteSpace(command?.Reason) ? "" : $" : {command.Reason.Trim()}";
        await SaveAsync(inquiry.Close(time.GetUtcNow()), [], Event(InquiryEventKind.Closed, actor, $"{actor.DisplayName} a clos la demande{why}."), cancellationToken);
        return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
    }

    public async Task<InquiryView> ReopenAsync(TeamMember actor, string reference, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var inquiry = await LoadAsync(actor, reference, ifMatch, cancellationToken);
        await SaveAsync(inquiry.Reopen(), [], Event(InquiryEventKind.Reopened, actor, $"{actor.DisplayName} a rouvert la demande."), cancellationToken);
        return await queries.GetAsync(actor, inquiry.Reference, cancellationToken);
    }

    /// <summary>Records a message that already left: retried over concurrent changes, since it must not go unrecorded.</summary>
    public async Task RecordSentAsync(string reference, Func<Inquiry, Inquiry> apply, InquiryMessage message, InquiryEvent note, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await store.FindAsync(reference, cancellationToken) ?? throw DomainException.NotFound($"Demande {reference} introuvable. / Inquiry not found.");
            var outcome = await store.SaveAsync(apply(current) with { LastMessageAt = message.At }, [message], [note], cancellationToken);
            if (outcome != SaveOutcome.Stale)
            {
                return;
            }
        }

        throw new InvalidOperationException($"{reference} kept changing while a sent message was being recorded.");
    }

    private async Task<Inquiry> LoadAsync(TeamMember actor, string reference, string? ifMatch, CancellationToken cancellationToken) =>
        Current(InquiryAccess.Check(actor, reference, await store.FindAsync(InquiryQueries.Normalize(reference), cancellationToken), i => i), ifMatch);

    private static Inquiry Current(Inquiry inquiry, string? ifMatch) =>
        string.IsNullOrEmpty(ifMatch) || ifMatch == "*" || ifMatch == inquiry.Version
            ? inquiry
            : throw DomainException.Conflict($"{inquiry.Reference} a été modifiée entre-temps : rechargez-la. / The inquiry changed meanwhile: reload it.");

    private async Task SaveAsync(Inquiry updated, IReadOnlyList<InquiryMessage> messages, InquiryEvent note, CancellationToken cancellationToken)
    {
        if (await store.SaveAsync(updated, messages, [note], cancellationToken) != SaveOutcome.Saved)
        {
            throw DomainException.Conflict($"{updated.Reference} a été modifiée entre-temps : rechargez-la. / The inquiry changed meanwhile: reload it.");
        }
    }

    private InquiryEvent Event(InquiryEventKind kind, TeamMember actor, string text) => new(ids.NewId(), time.GetUtcNow(), kind, actor.Email, text);
}
