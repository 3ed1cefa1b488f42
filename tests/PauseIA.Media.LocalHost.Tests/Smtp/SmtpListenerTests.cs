using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PauseIA.Media.LocalHost.Tests.Samples;

namespace PauseIA.Media.LocalHost.Tests.Smtp;

public sealed class SmtpListenerTests(SampleHostFixture host) : IClassFixture<SampleHostFixture>
{
    [Fact]
    public async Task AMessageIsPostedToTheWebhookAsSendGridsRawModeWould()
    {
        var subject = $"Demande d'interview – bouclage 18h ({Guid.NewGuid():N})";
        var message = Journalist(subject, "Bonjour,\nDéjà vu : pourriez-vous répondre avant 16h ?\nClaire");
        var bcc = new MailboxAddress("", "lyon@pauseia.fr");

        await SendAsync(message, [.. message.To.Mailboxes, bcc]);
        var post = await host.Recorder.WaitForAsync<InboundPost>(SampleInboundWebhook.Name, p => p.Fields.GetValueOrDefault("subject") == subject);

        Assert.Equal(SampleHost.InboundSecret, post.Key);
        Assert.StartsWith("multipart/form-data", post.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            ["SPF", "charsets", "dkim", "email", "envelope", "from", "sender_ip", "subject", "to"],
            post.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("claire.fontaine@lequotidien-national.example", post.Fields["from"], StringComparison.Ordinal);
        Assert.Contains("Claire Fontaine", post.Fields["from"], StringComparison.Ordinal);
        Assert.Contains("presse@pauseia.fr", post.Fields["to"], StringComparison.Ordinal);
        Assert.DoesNotContain("lyon@pauseia.fr", post.Fields["to"], StringComparison.Ordinal);
        Assert.Equal("pass", post.Fields["SPF"]);
        Assert.Equal("none", post.Fields["dkim"]);
        Assert.Equal("127.0.0.1", post.Fields["sender_ip"]);
        Assert.Equal("UTF-8", JsonDocument.Parse(post.Fields["charsets"]).RootElement.GetProperty("subject").GetString());

        var envelope = JsonDocument.Parse(post.Fields["envelope"]).RootElement;
        Assert.Equal("claire.fontaine@lequotidien-national.example", envelope.GetProperty("from").GetString());
        Assert.Equal(["presse@pauseia.fr", "lyon@pauseia.fr"], envelope.GetProperty("to").EnumerateArray().Select(t => t.GetString()));

        var raw = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(post.Fields["email"])));
        Assert.Equal(message.MessageId, raw.MessageId);
        Assert.Equal(subject, raw.Subject);
        Assert.Contains("Déjà vu", raw.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebhookRefusalIsAPermanentSmtpFailure()
    {
        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(Journalist($"[4xx] {Guid.NewGuid()}", "Bonjour")));

        Assert.Equal(SmtpStatusCode.TransactionFailed, error.StatusCode);
    }

    [Fact]
    public async Task AWebhookFailureIsATemporarySmtpFailureSoTheClientRetries()
    {
        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(Journalist($"[5xx] {Guid.NewGuid()}", "Bonjour")));

        Assert.Equal(SmtpStatusCode.ErrorInProcessing, error.StatusCode);
    }

    [Fact]
    public async Task AMessageOverSendGridsThirtyMegabytesIsRefused()
    {
        var subject = $"Trop gros {Guid.NewGuid()}";
        var body = new BodyBuilder { TextBody = "Pièce jointe" };
        body.Attachments.Add("dossier.bin", new byte[31 * 1024 * 1024]);
        var message = Journalist(subject, "");
        message.Body = body.ToMessageBody();

        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(message));

        Assert.Equal(SmtpStatusCode.ExceededStorageAllocation, error.StatusCode);
        Assert.DoesNotContain(host.Recorder.Values<InboundPost>(SampleInboundWebhook.Name), p => p.Fields.GetValueOrDefault("subject") == subject);
    }

    private static MimeMessage Journalist(string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress("Claire Fontaine", "claire.fontaine@lequotidien-national.example"));
        message.To.Add(new MailboxAddress("Pause IA Presse", "presse@pauseia.fr"));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("lequotidien-national.example");
        return message;
    }

    private async Task SendAsync(MimeMessage message, IEnumerable<MailboxAddress>? recipients = null)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", host.Host.SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message, message.From.Mailboxes.First(), recipients ?? message.To.Mailboxes);
        await client.DisconnectAsync(quit: true);
    }
}
