using System.Globalization;
using PauseIA.Media.Inquiries.Inbound;
using static PauseIA.Media.Inquiries.Mail.MailParsing;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Reads an Inbound Parse post into an <see cref="InboundEmail"/>, in raw mode (the whole MIME
/// message, parsed with MimeKit) or parsed mode (SendGrid's fields, each in its own charset).
/// Never throws on what a mailbox may receive: what it cannot read goes to <see cref="InboundEmail.Problems"/>,
/// and what storage could not hold is cut (<see cref="InboundLimits"/>).
/// </summary>
public static class InboundEmailReader
{
    public static InboundEmail Read(InboundForm form, string key, DateTimeOffset receivedAt)
    {
        var email = form.IsRaw ? RawMessageReader.Read(form.Bytes("email")!) : ParsedFormReader.Read(form);
        var envelope = SafeEnvelope(form);
        var problems = email.Problems.ToList();
        var from = email.From ?? Mailbox(form.Text("from")?.Text);
        if (from is null)
        {
            problems.Add("Expéditeur illisible. / Unreadable sender.");
        }

        return InboundLimits.Apply(email with
        {
            Key = key,
            ReceivedAt = receivedAt,
            From = from,
            EnvelopeFrom = envelope?.From?.Trim().Trim('<', '>').Trim(),
            EnvelopeTo = envelope?.To?.Select(a => a.Trim().ToLowerInvariant()).ToList() ?? [],
            Spf = form.Ascii("SPF"),
            Dkim = form.Ascii("dkim"),
            SpamScore = double.TryParse(form.Ascii("spam_score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null,
            Problems = problems,
        });
    }

    /// <summary>The bytes of attachment <paramref name="index"/>, found in the same order as <see cref="Read"/> lists them.</summary>
    public static (InboundAttachment Attachment, byte[] Content)? ReadAttachment(InboundForm form, int index) =>
        index < 0 ? null : (form.IsRaw ? RawMessageReader.Attachments(form.Bytes("email")!) : ParsedFormReader.Attachments(form)).Skip(index).Select(a => ((InboundAttachment, byte[])?)a).FirstOrDefault();

    /// <summary>The Message-ID and From address of a post, read from its headers alone (the webhook needs no more).</summary>
    public static (string? MessageId, string? From) ReadIdentity(InboundForm form)
    {
        var headers = form.IsRaw ? RawMessageReader.Headers(form.Bytes("email")!) : ParsedFormReader.Headers(form);
        var messageId = MessageIdOf(headers.Get("Message-ID"));
        var from = Mailbox(headers.Get("From"))?.Email ?? Mailbox(form.Text("from")?.Text)?.Email;
        return (messageId, from);
    }

    private static InboundEnvelope? SafeEnvelope(InboundForm form)
    {
        try
        {
            return form.Envelope();
        }
        catch (Common.DomainException)
        {
            return null;
        }
    }
}
