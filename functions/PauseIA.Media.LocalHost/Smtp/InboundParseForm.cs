using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MimeKit;

namespace PauseIA.Media.LocalHost.Smtp;

/// <summary>
/// The multipart/form-data body that SendGrid Inbound Parse posts in raw mode: the whole MIME
/// message as <c>email</c>, byte for byte, beside the decoded <c>to</c>, <c>from</c> and
/// <c>subject</c>, the SMTP <c>envelope</c>, <c>charsets</c>, and the checks SendGrid reports
/// (<c>SPF</c>, <c>dkim</c>, <c>sender_ip</c>). Fields carry no content type, as SendGrid's do.
/// </summary>
public static class InboundParseForm
{
    public static MultipartFormDataContent Create(byte[] mime, string envelopeFrom, IReadOnlyList<string> envelopeTo, string senderIp)
    {
        MimeMessage message;
        using (var stream = new MemoryStream(mime, writable: false))
        {
            message = MimeMessage.Load(stream);
        }

        var form = new MultipartFormDataContent();
        Add(form, "email", mime);
        Add(form, "to", message.To.ToString());
        Add(form, "from", message.From.ToString());
        Add(form, "subject", message.Subject ?? "");
        Add(form, "envelope", JsonSerializer.Serialize(new { to = envelopeTo, from = envelopeFrom }));
        Add(form, "charsets", JsonSerializer.Serialize(new { to = "UTF-8", from = "UTF-8", subject = "UTF-8" }));
        Add(form, "SPF", "pass");
        Add(form, "dkim", "none");
        Add(form, "sender_ip", senderIp);
        return form;
    }

    private static void Add(MultipartFormDataContent form, string name, string value) => Add(form, name, Encoding.UTF8.GetBytes(value));

    private static void Add(MultipartFormDataContent form, string name, byte[] value)
    {
        var part = new ByteArrayContent(value);
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"" };
        form.Add(part);
    }
}
