using System.Globalization;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Reads an Inbound Parse post into an <see cref="InboundEmail"/>, in raw mode (the whole MIME
/// message, parsed with MimeKit) or parsed mode (SendGrid's fields, each in its own charset).
/// Never throws on what a mailbox may receive: what it cannot read goes to <see cref="InboundEmail.Problems"/>.
/// </summary>
public static class InboundEmailReader
{
    private static readonly ParserOptions Options = CreateOptions();

    public static InboundEmail Read(InboundForm form, string key, DateTimeOffset receivedAt)
    {
        var email = form.IsRaw ? ReadRaw(form.Bytes("email")!) : ReadParsed(form);
        var envelope = SafeEnvelope(form);
        var problems = email.Problems.ToList();
        var from = email.From ?? Mailbox(form.Text("from")?.Text);
        if (from is null)
        {
            problems.Add("Expéditeur illisible. / Unreadable sender.");
        }

        return email with
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
        };
    }

    /// <summary>The bytes of attachment <paramref name="index"/>, found in the same order as <see cref="Read"/> lists them.</summary>
    public static (InboundAttachment Attachment, byte[] Content)? ReadAttachment(InboundForm form, int index) =>
        index < 0 ? null : Attachments(form).Skip(index).Select(a => ((InboundAttachment, byte[])?)a).FirstOrDefault();

    /// <summary>The Message-ID and From address of a post, read from its headers alone (the webhook needs no more).</summary>
    public static (string? MessageId, string? From) ReadIdentity(InboundForm form)
    {
        var headers = form.IsRaw ? RawHeaders(form.Bytes("email")!) : ParsedHeaders(form);
        var messageId = MessageIdOf(headers.Get("Message-ID"));
        var from = Mailbox(headers.Get("From"))?.Email ?? Mailbox(form.Text("from")?.Text)?.Email;
        return (messageId, from);
    }

    private static InboundEmail ReadRaw(byte[] raw)
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
                failures.AddRange(DeliveryReportReader.Read(Decode(status, null, problems)));
            }
            else if (entity is TextPart { IsAttachment: false } part && (part.IsPlain || part.IsHtml))
            {
                if (part.IsHtml)
                {
                    html ??= Decode(part, part.ContentType.Charset, problems);
                }
                else if (text is null)
                {
                    text = Decode(part, part.ContentType.Charset, problems);
                    if (part.IsFlowed)
                    {
                        text = new FlowedToText { DeleteSpace = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase) }.Convert(text);
                    }
                }
            }
        }

        var headers = Headers(message.Headers);
        return new InboundEmail
        {
            Key = "",
            ReceivedAt = default,
            MessageId = MessageIdOf(message.MessageId),
            From = Mailbox(message.From),
            To = Addresses(message.To),
            Cc = Addresses(message.Cc),
            Subject = TextDecoding.RepairC1(message.Subject ?? ""),
            Text = text ?? (html is null ? "" : HtmlText.ToPlainText(html)),
            Html = html,
            SentAt = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            InReplyTo = MessageIdOf(message.InReplyTo),
            References = message.References.Select(Bare).Where(id => id.Length > 0).ToList(),
            Headers = headers,
            ContentType = message.Body?.ContentType.MimeType.ToLowerInvariant() ?? "text/plain",
            Attachments = RawAttachments(message).Select(a => a.Attachment).ToList(),
            DeliveryFailures = failures,
            IsDeliveryReport = message.Body is MultipartReport,
            Problems = problems,
        };
    }

    private static InboundEmail ReadParsed(InboundForm form)
    {
        var headers = ParsedHeaders(form);
        var problems = new List<string>();
        string? Field(string name)
        {
            var decoded = form.Text(name);
            if (decoded?.Problem is { } problem)
            {
                problems.Add($"{name} : {problem}");
            }

            return decoded?.Text;
        }

        var text = Field("text");
        var html = Field("html");
        var failures = form.Files
            .Where(f => f.ContentType?.StartsWith("message/delivery-status", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(f => DeliveryReportReader.Read(TextDecoding.Decode(f.Content, null).Text))
            .ToList();
        var contentType = headers.Get("Content-Type") is { } ct && ContentType.TryParse(Options, ct, out var parsed) ? parsed.MimeType.ToLowerInvariant() : "text/plain";
        if (contentType == "multipart/report" && failures.Count == 0 && text is not null)
        {
            // SendGrid may fold the report's parts into the text; the groups read the same there.
            failures.AddRange(DeliveryReportReader.Read(text));
        }

        return new InboundEmail
        {
            Key = "",
            ReceivedAt = default,
            MessageId = MessageIdOf(headers.Get("Message-ID")),
            From = Mailbox(Field("from")) ?? Mailbox(headers.Get("From")),
            To = Addresses(Field("to") ?? headers.Get("To")),
            Cc = Addresses(Field("cc") ?? headers.Get("Cc")),
            Subject = TextDecoding.RepairC1(Field("subject") ?? headers.Get("Subject") ?? ""),
            Text = text ?? (html is null ? "" : HtmlText.ToPlainText(html)),
            Html = html,
            SentAt = headers.Get("Date") is { } date && DateUtils.TryParse(date, out DateTimeOffset sent) ? sent : null,
            InReplyTo = MessageIdOf(headers.Get("In-Reply-To")),
            References = headers.Get("References") is { } refs ? MimeUtils.EnumerateReferences(refs).Select(Bare).Where(id => id.Length > 0).ToList() : [],
            Headers = headers,
            ContentType = contentType,
            Attachments = ParsedAttachments(form).Select(a => a.Attachment).ToList(),
            DeliveryFailures = failures,
            IsDeliveryReport = contentType == "multipart/report",
            Problems = problems,
        };
    }

    private static IEnumerable<(InboundAttachment Attachment, byte[] Content)> Attachments(InboundForm form)
    {
        if (!form.IsRaw)
        {
            return ParsedAttachments(form);
        }

        try
        {
            return RawAttachments(MimeMessage.Load(Options, new MemoryStream(form.Bytes("email")!, writable: false)));
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static IEnumerable<(InboundAttachment Attachment, byte[] Content)> RawAttachments(MimeMessage message)
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

    private static IEnumerable<(InboundAttachment Attachment, byte[] Content)> ParsedAttachments(InboundForm form)
    {
        var info = form.AttachmentInfo();
        var files = form.Files
            .Where(f => f.Name.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => int.TryParse(f.Name.AsSpan("attachment".Length), out var n) ? n : int.MaxValue)
            .ToList();
        for (var index = 0; index < files.Count; index++)
        {
            var file = files[index];
            var described = info.GetValueOrDefault(file.Name);
            var type = (described?.Type ?? file.ContentType ?? "application/octet-stream").Split(';')[0].Trim().ToLowerInvariant();
            var name = described?.Filename ?? described?.Name ?? (string.IsNullOrWhiteSpace(file.FileName) ? DefaultName(index, type) : file.FileName);
            yield return (new InboundAttachment(index, name, type, file.Content.Length, MessageIdOf(described?.ContentId)), file.Content);
        }
    }

    private static MailHeaders ParsedHeaders(InboundForm form)
    {
        var bytes = form.Bytes("headers");
        if (bytes is null || bytes.Length == 0)
        {
            return MailHeaders.Empty;
        }

        // Headers end where the body would begin: MimeKit wants the blank line.
        var block = bytes.Concat("\r\n\r\n"u8.ToArray()).ToArray();
        return RawHeaders(block);
    }

    private static MailHeaders RawHeaders(byte[] raw)
    {
        try
        {
            return Headers(HeaderList.Load(Options, new MemoryStream(raw, writable: false)));
        }
        catch (FormatException)
        {
            return MailHeaders.Empty;
        }
    }

    private static MailHeaders Headers(HeaderList headers) =>
        new(headers.Select(h => new KeyValuePair<string, string>(h.Field, TextDecoding.RepairC1(h.Value ?? ""))).ToList());

    private static string Decode(MimePart part, string? charset, List<string> problems)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        var decoded = TextDecoding.Decode(bytes.ToArray(), charset);
        if (decoded.Problem is not null)
        {
            problems.Add(decoded.Problem);
        }

        return decoded.Text;
    }

    private static InboundEmail Unreadable(byte[] raw, string reason) => new()
    {
        Key = "",
        ReceivedAt = default,
        Text = TextDecoding.Decode(raw, null).Text,
        Problems = [$"Message MIME illisible ({reason}) : gardé tel quel. / Unreadable MIME message, kept raw."],
    };

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

    private static MailAddress? Mailbox(InternetAddressList list) =>
        list.Mailboxes.Where(m => m.Address.Contains('@', StringComparison.Ordinal)).Select(ToAddress).FirstOrDefault();

    private static MailAddress? Mailbox(string? text) =>
        text is not null && InternetAddressList.TryParse(Options, text, out var list) ? Mailbox(list) : null;

    private static List<MailAddress> Addresses(InternetAddressList list) =>
        list.Mailboxes.Where(m => m.Address.Contains('@', StringComparison.Ordinal)).Select(ToAddress).ToList();

    private static List<MailAddress> Addresses(string? text) =>
        text is not null && InternetAddressList.TryParse(Options, text, out var list) ? Addresses(list) : [];

    private static MailAddress ToAddress(MailboxAddress mailbox) =>
        new(mailbox.Address.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(mailbox.Name) ? null : TextDecoding.RepairC1(mailbox.Name.Trim()));

    private static string? MessageIdOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var id = Bare(MimeUtils.EnumerateReferences(value).FirstOrDefault() ?? value);
        return id.Length == 0 ? null : id;
    }

    /// <summary>Without angle brackets, case kept: replies must cite a Message-ID exactly as it was written.</summary>
    private static string Bare(string id) => id.Trim().Trim('<', '>').Trim();

    private static string DefaultName(int index, string mimeType) =>
        $"piece-jointe-{index + 1}{(MimeTypes.TryGetExtension(mimeType, out var extension) ? extension : ".bin")}";

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.CharsetEncoding = TextDecoding.Windows1252;
        options.AddressParserComplianceMode = RfcComplianceMode.Loose;
        options.ParameterComplianceMode = RfcComplianceMode.Loose;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Loose;
        return options;
    }
}
