using MimeKit;
using MimeKit.Text;
using static PauseIA.Media.Inquiries.Mail.MailParsing;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>Reads raw mode: the whole MIME message in the <c>email</c> field, parsed with MimeKit.</summary>
internal static class RawMessageReader
{
    public static InboundEmail Read(byte[] raw)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(Options, new MemoryStream(raw, writable: false));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Unreadable(raw, ex.Message);
        }

        var problems = new List<string>();
        string? text = null;
        string? html = null;
        var failures = new List<DeliveryFailure>();
        foreach (var entity in message.BodyParts)
        {
            if (entity is MessageDeliveryStatus status)
            {
                failures.AddRange(DeliveryReports.Failures(status, problems));
            }
            else if (entity is TextPart { IsAttachment: false } part && (part.IsPlain || part.IsHtml))
            {
                if (part.IsHtml)
                {
                    html ??= Decode(part, part.ContentType.Charset, problems);
                }
                else
                {
                    // Apple Mail splits text around inline images into several parts: keep them all, in order.
                    var piece = Decode(part, part.ContentType.Charset, problems);
                    if (part.IsFlowed)
                    {
                        piece = new FlowedToText { DeleteSpace = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase) }.Convert(piece);
                    }

                    text = text is null ? piece : $"{text}\n\n{piece}";
                }
            }
        }

        var headers = HeadersOf(message.Headers);
        return new InboundEmail
        {
            Key = "",
            ReceivedAt = default,
            MessageId = MessageIdOf(message.MessageId),
            From = Mailbox(message.From),
            To = Addresses(message.To),
            Cc = Addresses(message.Cc),
            Subject = TextDecoding.RepairC1(message.Subject ?? ""),
            Text = text ?? (html is null ? "" : HtmlText.ToText(html)),
            Html = html,
            SentAt = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            InReplyTo = MessageIdOf(message.InReplyTo),
            References = message.References.Select(Bare).Where(id => id.Length > 0).ToList(),
            Headers = headers,
            ContentType = message.Body?.ContentType.MimeType.ToLowerInvariant() ?? "text/plain",
            Attachments = Attachments(message).Select(a => a.Attachment).ToList(),
            DeliveryFailures = failures,
            IsDeliveryReport = message.Body is MultipartReport,
            ReturnedMessageId = message.Body is MultipartReport
                ? message.BodyParts.OfType<MessagePart>().Select(p => p.Message is { } returned ? DeliveryReports.ReturnedMessageId(returned.Headers) : null).FirstOrDefault(id => id is not null)
                : null,
            Problems = problems,
        };
    }

    public static IEnumerable<(InboundAttachment Attachment, byte[] Content)> Attachments(byte[] raw)
    {
        try
        {
            return Attachments(MimeMessage.Load(Options, new MemoryStream(raw, writable: false)));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return [];
        }
    }

    public static MailHeaders Headers(byte[] raw)
    {
        try
        {
            return HeadersOf(HeaderList.Load(Options, new MemoryStream(raw, writable: false)));
        }
        catch (FormatException)
        {
            return MailHeaders.Empty;
        }
    }

    private static IEnumerable<(InboundAttachment Attachment, byte[] Content)> Attachments(MimeMessage message)
    {
        var index = 0;
        foreach (var entity in message.BodyParts)
        {
            if (entity is MessageDeliveryStatus || (entity is TextPart { IsAttachment: false } text && (text.IsPlain || text.IsHtml)))
            {
                continue;
            }

            using var content = new MemoryStream();
            switch (entity)
            {
                case MimePart part:
                    part.Content?.DecodeTo(content);
                    break;
                case MessagePart { Message: not null } attached:
                    attached.Message.WriteTo(content);
                    break;
            }

            var type = entity.ContentType.MimeType.ToLowerInvariant();
            var name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? DefaultName(index, type);
            yield return (new InboundAttachment(index, name, type, content.Length, MessageIdOf(entity.ContentId)), content.ToArray());
            index++;
        }
    }

    private static InboundEmail Unreadable(byte[] raw, string reason) => new()
    {
        Key = "",
        ReceivedAt = default,
        Text = TextDecoding.Decode(raw, null).Text,
        Problems = [$"Message MIME illisible ({reason}) : gardé tel quel. / Unreadable MIME message, kept raw."],
    };
}
