using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.EndToEnd;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Mail written to break what we send back: line breaks hidden in subjects and names (encoded
/// words included), names holding other addresses in angle brackets, quotes and script, invalid
/// UTF-8 in headers, bodies and parsed-mode fields. Each is handled as designed: it opens an
/// inquiry for its real sender, nothing lands in the poison queue, and no value reaches a header
/// of our mail with a line break in it.
/// </summary>
public sealed class HostileMailTests(LocalHostFixture site, ITestOutputHelper output) : IClassFixture<LocalHostFixture>, IAsyncDisposable
{
    private const string Secret = "local-dev-secret";

    private readonly PressInbox inbox = new(site);

    public static TheoryData<string, string, string> Mails => new()
    {
        { "a subject whose encoded word hides CR/LF and a Bcc", "Claire Dubois <{0}>", $"=?UTF-8?B?{B64("Interview\r\nBcc: evil@example.org")}?=" },
        { "a Q-encoded subject with CR/LF", "Claire Dubois <{0}>", "=?utf-8?q?Interview=0D=0ABcc:_evil@example.org?=" },
        { "a subject with a bare CR and a NUL", "Claire Dubois <{0}>", "Interview\rX-Injected: 1\0 suite" },
        { "a name whose encoded word hides CR/LF and script", $"=?UTF-8?B?{B64("Claire\r\nBcc: evil@example.org <script>alert(1)</script>")}?= <{{0}}>", "Demande" },
        { "a name holding our own address in angle brackets", "\"presse@pauseia.fr <presse@pauseia.fr>\" <{0}>", "Demande" },
        { "a name whose encoded word hides a team address", $"=?UTF-8?B?{B64("Porte-parole <porte-parole@pauseia.fr>")}?= <{{0}}>", "Demande" },
        { "a name with escaped quotes, commas and brackets", "\"Dupont \\\"le <chef>\\\", Jean\" <{0}>", "Demande" },
        { "a name and subject that are an encoded word in an unknown charset", "=?x-unknown?B?Q2xhaXJl?= <{0}>", "=?utf-7?B?K0FEdy1zY3JpcHQrQUQ0LQ==?=" },
        { "invalid UTF-8 in 8-bit headers", "Cl\u00C3\u00FFaire <{0}>", "Caf\u00C3 \u00FF r\u00E9ponse" },
    };

    [Theory]
    [MemberData(nameof(Mails))]
    public async Task AHostileMailOpensAnInquiryForItsRealSenderAndOurAnswersCarryNoLineBreakInAHeader(string name, string from, string subject)
    {
        var tag = $"h{Guid.NewGuid():N}"[..12];
        var sender = $"claire.{tag}@lemonde.fr";
        // Latin-1 keeps the test's \u00C3 \u00FF as the single raw bytes a broken mailer sends.
        var eml = Encoding.Latin1.GetBytes(string.Join("\r\n",
            $"From: {string.Format(System.Globalization.CultureInfo.InvariantCulture, from, sender)}",
            "To: presse@pauseia.fr",
            $"Subject: {subject}",
            $"Date: {DateTimeOffset.UtcNow:R}",
            $"Message-ID: <{tag}@mail.lemonde.fr>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Bonjour, pourriez-vous me r\u00C3\u00A9pondre avant demain 18h ? \u00FF\u00C3",
            ""));

        var record = await inbox.DeliverAsync(eml, Delivery.Raw, envelopeFrom: sender);

        await PoisonQueue.AssertEmptyAsync(site.StorageConnectionString);
        Assert.Equal("inquiry", record.GetProperty("kind").GetString());
        var reference = record.GetProperty("reference").GetString()!;
        var inquiry = await inbox.InquiryAsync(reference);
        Assert.Equal(sender, inquiry.GetProperty("from").GetProperty("email").GetString());
        var acknowledgement = Assert.Single(await inbox.SentAsync("Acknowledgement", reference));
        Assert.Equal([sender], PressInbox.To(acknowledgement));
        await AssertCleanAsync(reference);
        output.WriteLine($"{name}: handled");
    }

    [Fact]
    public async Task AFromHeaderNoParserCanReadIsFiledForAPersonWithoutAnAnswer()
    {
        var tag = $"u{Guid.NewGuid():N}"[..12];
        var sender = $"claire.{tag}@lemonde.fr";
        var eml = Encoding.UTF8.GetBytes(string.Join("\r\n",
            $"From: <b>Claire</b> <img src=x onerror=alert(1)> <{sender}>", "To: presse@pauseia.fr", "Subject: Demande",
            $"Date: {DateTimeOffset.UtcNow:R}", $"Message-ID: <{tag}@mail.lemonde.fr>", "Content-Type: text/plain; charset=utf-8", "", "Une question.", ""));

        var record = await inbox.DeliverAsync(eml, Delivery.Raw, envelopeFrom: sender);

        await PoisonQueue.AssertEmptyAsync(site.StorageConnectionString);
        Assert.Equal("suspicious", record.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("reason").GetString()));
        Assert.DoesNotContain(await inbox.SentAsync("Acknowledgement"), ack => PressInbox.To(ack).Contains(sender));
    }

    [Fact]
    public async Task AParsedModePostWithInvalidUtf8FieldsOpensAnInquiry()
    {
        var tag = $"p{Guid.NewGuid():N}"[..12];
        var sender = $"claire.{tag}@lemonde.fr";
        byte[] Invalid(string text) => [.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80];
        var fields = new List<(string Name, byte[] Value)>
        {
            ("headers", Encoding.ASCII.GetBytes($"From: Claire <{sender}>\r\nTo: presse@pauseia.fr\r\nSubject: x\r\nMessage-ID: <{tag}@mail.lemonde.fr>\r\nDate: {DateTimeOffset.UtcNow:R}\r\n")),
            ("from", Invalid($"Claire <{sender}>")),
            ("to", "presse@pauseia.fr"u8.ToArray()),
            ("subject", Invalid("Demande\r\nBcc: evil@example.org ")),
            ("text", Invalid("Bonjour, une question avant demain. ")),
            ("html", Invalid("<p onclick=alert(1)>Bonjour</p><script>alert(1)</script>")),
            ("charsets", """{"from":"UTF-8","subject":"UTF-8","text":"utf-8","html":"utf-8"}"""u8.ToArray()),
            ("envelope", Encoding.ASCII.GetBytes($$"""{"to":["presse@pauseia.fr"],"from":"{{sender}}"}""")),
            ("SPF", "pass"u8.ToArray()),
            ("spam_score", "0.1"u8.ToArray()),
        };
        using var content = new MultipartFormDataContent("hostile-boundary");
        foreach (var (fieldName, value) in fields)
        {
            content.Add(new ByteArrayContent(value), fieldName);
        }

        using var anonymous = site.CreateClient();
        using var response = await anonymous.PostAsync(new Uri($"/api/inbound/sendgrid?key={Secret}", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await inbox.WaitUntilProcessedAsync();

        await PoisonQueue.AssertEmptyAsync(site.StorageConnectionString);
        var record = await inbox.InboundRecordAsync($"{tag}@mail.lemonde.fr");
        var reference = record.GetProperty("reference").GetString()!;
        Assert.Equal(sender, (await inbox.InquiryAsync(reference)).GetProperty("from").GetProperty("email").GetString());
        await AssertCleanAsync(reference);
    }

    [Fact]
    public async Task AStatementTitleAndAReplyToAHostileSubjectReachNoHeaderWithALineBreak()
    {
        var tag = $"s{Guid.NewGuid():N}"[..12];
        var sender = $"claire.{tag}@lemonde.fr";
        var eml = Encoding.UTF8.GetBytes(string.Join("\r\n",
            $"From: Claire <{sender}>", "To: presse@pauseia.fr", $"Subject: =?UTF-8?B?{B64("Réponse\r\nBcc: evil@example.org")}?=",
            $"Date: {DateTimeOffset.UtcNow:R}", $"Message-ID: <{tag}@mail.lemonde.fr>", "Content-Type: text/plain; charset=utf-8", "", "Une question.", ""));
        var reference = (await inbox.DeliverAsync(eml, Delivery.Raw, envelopeFrom: sender)).GetProperty("reference").GetString()!;
        using var spokesperson = await site.SignInAsync(TestSettings.Spokesperson);

        using (var reply = await spokesperson.PostAsJsonAsync($"/api/inquiries/{reference}/reply", new { markdown = "Bonjour,\r\nBcc: evil@example.org\r\n\r\nVoici notre réponse." }))
        {
            Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
        }

        // A title given as such, one in the front matter, and one whose breaks are Unicode's (NEL, LS) rather than CR/LF.
        var statements = new (string? Title, string Markdown)[]
        {
            ($"Titre {tag}\r\nBcc: evil@example.org", "# Titre\r\n\r\nTexte."),
            (null, $"---\ntitle: \"Titre {tag}\\r\\nBcc: evil@example.org\"\n---\n# Titre\n\nTexte."),
            ($"Titre {tag}\u0085Bcc: evil@example.org\u2028suite", "# Titre\r\n\r\nTexte."),
        };
        var accepted = 0;
        foreach (var (title, markdown) in statements)
        {
            using var created = await spokesperson.PostAsJsonAsync("/api/statements", new { markdown, title, kind = "pressRelease", audience = new { emails = new[] { sender } } });
            var createdBody = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, createdBody);
            if (created.StatusCode == HttpStatusCode.BadRequest)
            {
                continue;
            }

            accepted++;
            var id = JsonDocument.Parse(createdBody).RootElement.GetProperty("id").GetString()!;
            using var submitted = await spokesperson.PostAsync(new Uri($"/api/statements/{id}/submit", UriKind.Relative), null);
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
            using var test = await spokesperson.PostAsJsonAsync($"/api/statements/{id}/send", new { test = true });
            Assert.True(test.IsSuccessStatusCode || test.StatusCode == HttpStatusCode.Conflict, await test.Content.ReadAsStringAsync());
            await site.WaitForQueueToDrainAsync(PauseIA.Media.Statements.Sending.StatementSendQueue.Name);
            await AssertCleanAsync(id);
        }

        output.WriteLine($"{statements.Length} hostile titles: {statements.Length - accepted} refused, {accepted} saved and sent clean");

        await AssertCleanAsync(reference);
        Assert.NotEmpty(await inbox.SentAsync("InquiryReply", reference));
    }

    [Theory]
    [InlineData("Subject", "Demande\r\nBcc: evil@example.org")]
    [InlineData("To name", "Claire\r\nBcc: evil@example.org")]
    [InlineData("Cc name", "Jordan\nBcc: evil@example.org")]
    [InlineData("Reply-To name", "Presse\r\n")]
    [InlineData("In-Reply-To", "a@b\r\nBcc: evil@example.org")]
    [InlineData("References", "a@b\nX: y")]
    [InlineData("header value", "v\r\nBcc: evil@example.org")]
    [InlineData("header name", "X-A\r\nBcc")]
    [InlineData("related id", "PIA-2026-0001\r\nBcc: evil@example.org")]
    [InlineData("To address", "evil@example.org\r\nBcc: x@example.org")]
    public void TheOneWayMailLeavesRefusesOrCleansEveryLineBreakBoundForAHeader(string field, string value)
    {
        var to = new MailAddress("claire.dubois@lemonde.fr", "Claire");
        var mail = new OutgoingMail(MailKind.Acknowledgement, "PIA-2026-0001", [to], "Demande", "Texte");
        mail = field switch
        {
            "Subject" => mail with { Subject = value },
            "To name" => mail with { To = [to with { Name = value }] },
            "Cc name" => mail with { Cc = [new MailAddress("director@pauseai.info", value)] },
            "Reply-To name" => mail with { ReplyTo = new MailAddress("presse@pauseia.fr", value) },
            "In-Reply-To" => mail with { InReplyTo = value },
            "References" => mail with { References = [value] },
            "header value" => mail with { Headers = new Dictionary<string, string> { ["X-Test"] = value } },
            "header name" => mail with { Headers = new Dictionary<string, string> { [value] = "v" } },
            "related id" => mail with { RelatedId = value },
            "To address" => mail with { To = [new MailAddress(value)] },
            _ => throw new ArgumentException(field, nameof(field)),
        };

        SendGrid.Helpers.Mail.SendGridMessage message;
        try
        {
            message = ReadingServices.Get<MailSender>().Build(mail, "id@media.pauseia.fr");
        }
        catch (ArgumentException)
        {
            return;
        }

        OutboxPayload.AssertNoLineBreakInHeaders(JsonDocument.Parse(message.Serialize()).RootElement);
    }

    [Theory]
    [InlineData("Pause IA\r\nBcc: evil@example.org")]
    [InlineData("Pause IA\n")]
    [InlineData("Pause IA\0")]
    public void APressNameThatIsNotOneLineStopsTheStart(string name)
    {
        var options = new MailOptions { PressName = name };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains("Mail:PressName", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await inbox.DisposeAsync();

    /// <summary>Every mail we sent about <paramref name="relatedId"/>: no header-bound value with a line break, and its .eml has no Bcc.</summary>
    private async Task AssertCleanAsync(string relatedId)
    {
        using var admin = await site.SignInAsync(TestSettings.Admin);
        var entries = JsonDocument.Parse(await admin.GetStringAsync($"/api/outbox?relatedId={Uri.EscapeDataString(relatedId)}")).RootElement;
        Assert.NotEqual(0, entries.GetArrayLength());
        foreach (var entry in entries.EnumerateArray())
        {
            var payload = JsonDocument.Parse(await admin.GetStringAsync($"/api/outbox/{entry.GetProperty("payloadBlob").GetString()}")).RootElement;
            OutboxPayload.AssertNoLineBreakInHeaders(payload);
            foreach (var eml in entry.GetProperty("emlBlobs").EnumerateArray())
            {
                var message = MimeKit.MimeMessage.Load(new MemoryStream(await admin.GetByteArrayAsync($"/api/outbox/{eml.GetString()}")));
                Assert.Empty(message.Bcc);
                Assert.DoesNotContain(message.Headers, h => h.Field.StartsWith("X-Injected", StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
