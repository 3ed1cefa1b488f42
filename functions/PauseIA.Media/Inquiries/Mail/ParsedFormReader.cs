using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Utils;
using PauseIA.Media.Inquiries.Inbound;
using static PauseIA.Media.Inquiries.Mail.MailParsing;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Reads parsed mode: SendGrid's fields, each decoded with the charset <c>charsets</c> gives for it,
/// the raw <c>headers</c> block, and the attachments as files described in <c>attachment-info</c>.
/// </summary>
internal static partial class ParsedFormReader
{
    public static InboundEmail Read(InboundForm form)
    {
        var headers = Headers(form);
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
            .Where(f => IsType(f, "message/delivery-status"))
            .SelectMany(f => DeliveryReports.Failures(DeliveryReports.Load(f.Content), problems))
            .ToList();
        var contentType = headers.Get("Content-Type") is { } ct && ContentType.TryParse(Options, ct, out var parsed) ? parsed.MimeType.ToLowerInvariant() : "text/plain";
        if (contentType == "multipart/report" && failures.Count == 0 && text is not null && StatusFields().Match(text) is { Success: true } fields)
        {
            // SendGrid may fold the report's parts into the text: the groups start at the first status field.
            failures.AddRange(DeliveryReports.Failures(DeliveryReports.Load(System.Text.Encoding.UTF8.GetBytes(text[fields.Index..])), problems));
        }

        var returned = form.Files.FirstOrDefault(f => IsType(f, "text/rfc822-headers") || IsType(f, "message/rfc822"));

        return new InboundEmail
        {
            Key = "",
            ReceivedAt = default,
            MessageId = MessageIdOf(headers.Get("Message-ID")),
            From = Mailbox(Field("from")) ?? Mailbox(headers.Get("From")),
            To = Addresses(Field("to") ?? headers.Get("To")),
            Cc = Addresses(Field("cc") ?? headers.Get("Cc")),
            Subject = TextDecoding.RepairC1(Field("subject") ?? headers.Get("Subject") ?? ""),
            Text = text ?? (html is null ? "" : HtmlText.ToText(html)),
            Html = html,
            SentAt = headers.Get("Date") is { } date && DateUtils.TryParse(date, out DateTimeOffset sent) ? sent : null,
            InReplyTo = MessageIdOf(headers.Get("In-Reply-To")),
            References = headers.Get("References") is { } refs ? MimeUtils.EnumerateReferences(refs).Select(Bare).Where(id => id.Length > 0).ToList() : [],
            Headers = headers,
            ContentType = contentType,
            Attachments = Attachments(form).Select(a => a.Attachment).ToList(),
            DeliveryFailures = failures,
            IsDeliveryReport = contentType == "multipart/report",
            ReturnedMessageId = contentType == "multipart/report" && returned is not null ? MessageIdOf(Headers(returned.Content).Get("Message-ID")) : null,
            Problems = problems,
        };
    }

    public static IEnumerable<(InboundAttachment Attachment, byte[] Content)> Attachments(InboundForm form)
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

    public static MailHeaders Headers(InboundForm form) => Headers(form.Bytes("headers"));

    private static MailHeaders Headers(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return MailHeaders.Empty;
        }

        // Headers end where the body would begin: MimeKit wants the blank line.
        var block = bytes.Concat("\r\n\r\n"u8.ToArray()).ToArray();
        return RawMessageReader.Headers(block);
    }

    private static bool IsType(InboundFormFile file, string mimeType) => file.ContentType?.StartsWith(mimeType, StringComparison.OrdinalIgnoreCase) == true;

    [GeneratedRegex(@"^(Reporting-MTA|Original-Envelope-Id|Final-Recipient|Original-Recipient)\s*:", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusFields();
}
