using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Lets the statements feature answer a journalist in their inquiry's thread: the context gives
/// the subject to use (<c>Re: … [PIA-…]</c>) and the threading headers; recording the sent
/// message indexes its Message-ID and marks the inquiry answered (a closed one stays closed).
/// Recording the same Message-ID twice is harmless.
/// </summary>
public sealed class InquiryThreads(InquiryStore store, InquiryCommands commands, MessageIdIndex index, IOptions<MailOptions> mail, IIdGenerator ids) : IInquiryThreads
{
    public async Task<InquiryReplyContext> GetReplyContextAsync(string reference, CancellationToken cancellationToken = default)
    {
        var thread = await store.FindThreadAsync(InquiryQueries.Normalize(reference), cancellationToken)
            ?? throw DomainException.NotFound($"Demande {reference} introuvable. / Inquiry not found.");
        var inquiry = thread.Inquiry;
        return new InquiryReplyContext(
            inquiry.Reference,
            inquiry.Journalist.Email,
            inquiry.Journalist.Name,
            inquiry.Language,
            InquirySubjects.Reply(inquiry.Subject, inquiry.Reference),
            thread.Messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound && m.MessageId is not null)?.MessageId,
            thread.Messages.Select(m => m.MessageId).OfType<string>().Where(MailHeaderText.IsSafe).TakeLast(10).ToList());
    }

    public async Task RecordOutgoingAsync(string reference, OutgoingThreadMessage message, CancellationToken cancellationToken = default)
    {
        var normalized = InquiryQueries.Normalize(reference);
        var inquiry = await store.FindAsync(normalized, cancellationToken) ?? throw DomainException.NotFound($"Demande {reference} introuvable. / Inquiry not found.");
        var kind = Enum.TryParse<InquiryMessageKind>(message.Kind, ignoreCase: true, out var parsed) ? parsed : InquiryMessageKind.Statement;
        var recorded = new InquiryMessage
        {
            Id = InquiryStore.OutgoingId(message.MessageId),
            Direction = MessageDirection.Outbound,
            Kind = kind,
            MessageId = message.MessageId,
            From = new MailAddress(mail.Value.PressAddress, mail.Value.PressName),
            To = [new MailAddress(inquiry.Journalist.Email, inquiry.Journalist.Name)],
            Subject = message.Subject,
            At = message.SentAt,
            Text = message.Text,
            Author = message.Author,
            StatementId = message.StatementId,
        };
        var note = new InquiryEvent(ids.NewId(), message.SentAt, kind == InquiryMessageKind.Statement ? InquiryEventKind.StatementSent : InquiryEventKind.Replied, message.Author,
            kind == InquiryMessageKind.Statement ? $"Communiqué {message.StatementId} envoyé au·à la journaliste." : "Réponse envoyée au·à la journaliste.");
        await index.RegisterAsync(new MessageIdEntry(message.MessageId, MessageIdOwner.Inquiry, normalized, inquiry.Journalist.Email), cancellationToken);
        await commands.RecordSentAsync(normalized, current => current.Status == InquiryStatus.Closed ? current : current.Answer(message.SentAt), recorded, note, cancellationToken);
    }
}
