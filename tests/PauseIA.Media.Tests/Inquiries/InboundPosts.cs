using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>
/// Builds the multipart/form-data bodies SendGrid Inbound Parse posts, from an .eml: raw mode
/// (the whole message in <c>email</c>) and parsed mode (each field in the email's own charset,
/// named in <c>charsets</c>; attachments as files described in <c>attachment-info</c>).
/// </summary>
public static partial class InboundPosts
{
    public sealed record Post(byte[] Body, string ContentType);

    public sealed record Options(string? EnvelopeFrom = null, string EnvelopeTo = "presse@pauseia.fr", string Spf = "pass", string Dkim = "pass", string SpamScore = "0.1");

    public static Post Raw(byte[] eml, Options? options = null)
    {
        var message = MimeMessage.Load(new MemoryStream(eml));
        options ??= new Options();
        var fields = Common(message, options);
        fields.Add(("email", eml));
        fields.Add(("charsets", Utf8(JsonSerializer.Serialize(new Dictionary<string, string> { ["to"] = "UTF-8", ["from"] = "UTF-8", ["subject"] = "UTF-8" }))));
        fields.Add(("from", Utf8(message.From.ToString())));
        fields.Add(("to", Utf8(message.To.ToString())));
        fields.Add(("subject", Utf8(message.Subject ?? "")));
        return Build(fields, []);
    }

    public static Post Parsed(byte[] eml, Options? options = null)
    {
        var message = MimeMessage.Load(new MemoryStream(eml));
        options ??= new Options();
        var headerBlock = HeaderBlock(eml);
        var charsets = new Dictionary<string, string>();
        var fields = Common(message, options);
        fields.Add(("headers", headerBlock));
        void Field(string name, string? value, string charset)
        {
            if (value is null)
            {
                return;
            }

            charsets[name] = charset;
            fields.Add((name, Encoding.GetEncoding(charset).GetBytes(value)));
        }

        var headerText = Encoding.Latin1.GetString(headerBlock);
        Field("from", message.From.ToString(), WordCharset(headerText, "From"));
        Field("to", message.To.ToString(), WordCharset(headerText, "To"));
        Field("cc", message.Cc.Count > 0 ? message.Cc.ToString() : null, WordCharset(headerText, "Cc"));
        Field("subject", message.Subject ?? "", WordCharset(headerText, "Subject"));

        var files = new List<(string Name, string FileName, string ContentType, byte[] Content)>();
        var info = new Dictionary<string, object>();
        foreach (var entity in message.BodyParts)
        {
            if (entity is TextPart { IsAttachment: false } text && (text.IsPlain || text.IsHtml) && !charsets.ContainsKey(text.IsHtml ? "html" : "text"))
            {
                var name = text.IsHtml ? "html" : "text";
                charsets[name] = text.ContentType.Charset ?? "us-ascii";
                fields.Add((name, Decoded(text)));
                continue;
            }

            var index = files.Count + 1;
            var fileName = entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? $"part{index}";
            var bytes = entity is MimePart part ? Decoded(part) : Serialized(entity);
            files.Add(($"attachment{index}", fileName, entity.ContentType.MimeType, bytes));
            info[$"attachment{index}"] = new Dictionary<string, string?> { ["filename"] = fileName, ["name"] = fileName, ["type"] = entity.ContentType.MimeType, ["content-id"] = entity.ContentId };
        }

        fields.Add(("charsets", Utf8(JsonSerializer.Serialize(charsets))));
        fields.Add(("attachments", Utf8(files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (files.Count > 0)
        {
            fields.Add(("attachment-info", Utf8(JsonSerializer.Serialize(info))));
        }

        return Build(fields, files);
    }

    /// <summary>Any form, for the bad-input tests.</summary>
    public static Post Form(IEnumerable<(string Name, string Value)> fields) => Build(fields.Select(f => (f.Name, Utf8(f.Value))).ToList(), []);

    private static List<(string Name, byte[] Value)> Common(MimeMessage message, Options options)
    {
        var from = options.EnvelopeFrom ?? message.Headers[HeaderId.ReturnPath]?.Trim().Trim('<', '>') ?? message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        var domain = message.From.Mailboxes.FirstOrDefault()?.Domain ?? "example.org";
        return
        [
            ("envelope", Utf8(JsonSerializer.Serialize(new { to = new[] { options.EnvelopeTo }, from }))),
            ("SPF", Utf8(options.Spf)),
            ("dkim", Utf8($"{{@{domain} : {options.Dkim}}}")),
            ("spam_score", Utf8(options.SpamScore)),
            ("sender_ip", Utf8("203.0.113.10")),
        ];
    }

    private static Post Build(IReadOnlyList<(string Name, byte[] Value)> fields, IReadOnlyList<(string Name, string FileName, string ContentType, byte[] Content)> files)
    {
        using var form = new MultipartFormDataContent("xYzZY");
        foreach (var (name, value) in fields)
        {
            form.Add(new ByteArrayContent(value), name);
        }

        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(content, file.Name, file.FileName);
        }

        using var body = new MemoryStream();
        form.CopyTo(body, null, CancellationToken.None);
        return new Post(body.ToArray(), form.Headers.ContentType!.ToString());
    }

    private static byte[] HeaderBlock(byte[] eml)
    {
        var text = Encoding.Latin1.GetString(eml);
        var end = text.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(end < 0 ? text : text[..end]);
    }

    /// <summary>The charset of the RFC 2047 words of a header, which SendGrid keeps when it posts the decoded field.</summary>
    private static string WordCharset(string headers, string name)
    {
        var header = Regex.Match(headers, $@"^{name}:(.*(?:\r?\n[ \t].*)*)", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        var word = EncodedWord().Match(header.Groups[1].Value);
        return word.Success ? word.Groups[1].Value : "UTF-8";
    }

    private static byte[] Decoded(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        return bytes.ToArray();
    }

    private static byte[] Serialized(MimeEntity entity)
    {
        using var bytes = new MemoryStream();
        if (entity is MessagePart { Message: not null } message)
        {
            message.Message.WriteTo(bytes);
        }
        else
        {
            entity.WriteTo(bytes);
        }

        return bytes.ToArray();
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    [GeneratedRegex(@"=\?([^?*]+)(?:\*[^?]*)?\?[QqBb]\?")]
    private static partial Regex EncodedWord();
}
