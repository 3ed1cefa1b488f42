using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Mail;

public sealed class InboundEmailReaderTests
{
    public static TheoryData<bool> Modes => new() { true, false };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Rfc2047InLatin1AndQuotedPrintableBodyWithWindows1252Bytes(bool raw)
    {
        var email = await ReadAsync(Samples.Read(Samples.LocalLyon), raw);

        Assert.Equal("Rassemblement place Bellecour samedi ?", email.Subject);
        Assert.Equal("Julien Mahé", email.From!.Name);
        Assert.Equal("jmahe@leprogres.fr", email.From.Email);
        Assert.Contains("Le Progrès – rédaction de Lyon", email.Text, StringComparison.Ordinal);
        Assert.Contains("après-midi", email.Text, StringComparison.Ordinal);
        Assert.Equal("5f2c1e0a-93b1-4c55-9f3e-1a2b3c4d5e6f@leprogres.fr", email.MessageId);
        Assert.Empty(email.Problems);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task HtmlOnlyMailGetsItsTextFromTheHtml(bool raw)
    {
        var email = await ReadAsync(Samples.Read(Samples.TvUrgent), raw);

        Assert.NotNull(email.Html);
        Assert.StartsWith("Bonjour,\n\nNous aimerions inviter un représentant de Pause IA sur notre plateau en direct ce soir à 20h", email.Text, StringComparison.Ordinal);
        Assert.Equal("high", email.Headers.Get("Importance"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Base64BodyAndUtf8EncodedWordsInAnyCharset(bool raw)
    {
        var eml = Samples.Eml("""
            From: =?KOI8-R?B?8NLJ18XU?= <ivan@example.ru>
            To: presse@pauseia.fr
            Subject: =?UTF-8?B?SW50ZXJ2aWV3IOKAkyDDqXTDqQ==?= =?windows-1252?Q?=93IA=94?=
            Message-ID: <b64@example.ru>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            w4ljaMOpYW5jZSBkZW1haW4gOWgu

            """);

        var email = await ReadAsync(eml, raw);

        Assert.Equal("Interview – été“IA”", email.Subject);
        Assert.Equal("Привет", email.From!.Name);
        Assert.Equal("Échéance demain 9h.", email.Text.Trim());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AnUnknownCharsetIsReadAndFlagged(bool raw)
    {
        var eml = Samples.Eml("""
            From: someone@example.org
            To: presse@pauseia.fr
            Subject: test
            Message-ID: <unknown-charset@example.org>
            Content-Type: text/plain; charset=x-martian

            Déjà vu.

            """);

        var email = await ReadAsync(eml, raw);

        Assert.Equal("Déjà vu.", email.Text.Trim());
        Assert.Contains(email.Problems, p => p.Contains("x-martian", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task NoMessageIdIsNoProblem(bool raw)
    {
        var eml = Samples.Eml("""
            From: Jeanne <jeanne@example.org>
            To: presse@pauseia.fr
            Subject: Sans identifiant

            Bonjour.

            """);

        var email = await ReadAsync(eml, raw);

        Assert.Null(email.MessageId);
        Assert.Equal("Sans identifiant", email.Subject);
        Assert.Equal("Bonjour.", email.Text.Trim());
    }

    [Fact]
    public async Task GarbageInRawModeIsKeptAndFlaggedNeverThrown()
    {
        var form = await FormAsync(InboundPosts.Form([("email", "\u0001\u0002 this is not a MIME message at all"), ("envelope", "{\"to\":[\"presse@pauseia.fr\"],\"from\":\"x@example.org\"}")]));

        var email = InboundEmailReader.Read(form, "k", DateTimeOffset.UnixEpoch);

        Assert.Null(email.From);
        Assert.Contains(email.Problems, p => p.Contains("illisible", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AttachmentsAreListedAndReadBackInTheSameOrder(bool raw)
    {
        var eml = Samples.Eml("""
            From: Claire <claire@example.org>
            To: presse@pauseia.fr
            Subject: Avec pièces jointes
            Message-ID: <attachments@example.org>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Voici deux fichiers.
            --b
            Content-Type: application/pdf; name="questions.pdf"
            Content-Disposition: attachment; filename="questions.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --b
            Content-Type: text/html; name="page.html"
            Content-Disposition: attachment; filename="page.html"

            <script>alert(1)</script>
            --b--

            """);
        var form = await FormAsync(raw ? InboundPosts.Raw(eml) : InboundPosts.Parsed(eml));

        var email = InboundEmailReader.Read(form, "k", DateTimeOffset.UnixEpoch);
        var second = InboundEmailReader.ReadAttachment(form, 1);

        Assert.Equal(["questions.pdf", "page.html"], email.Attachments.Select(a => a.FileName));
        Assert.Equal("application/pdf", email.Attachments[0].ContentType);
        Assert.Equal("%PDF-1.4\n", System.Text.Encoding.ASCII.GetString(InboundEmailReader.ReadAttachment(form, 0)!.Value.Content));
        Assert.Equal("page.html", second!.Value.Attachment.FileName);
        Assert.Null(InboundEmailReader.ReadAttachment(form, 2));
        Assert.Equal("Voici deux fichiers.", email.Text.Trim());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ADeliveryReportNamesItsFailedRecipient(bool raw)
    {
        var email = await ReadAsync(Samples.Read(Samples.Bounce), raw);

        Assert.True(email.IsDeliveryReport);
        var failure = Assert.Single(email.DeliveryFailures);
        Assert.Equal("ancien.journaliste@exemple-media.fr", failure.Recipient);
        Assert.Equal("5.1.1", failure.Status);
        Assert.True(failure.IsPermanent);
        Assert.Equal("stmt-0007.r42@pauseia.fr", email.ReturnedMessageId);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ThreadingHeadersAndEnvelopeAreRead(bool raw)
    {
        var email = await ReadAsync(Samples.Read(Samples.ReplyInThread), raw, new InboundPosts.Options(EnvelopeFrom: "bounce+claire@lemonde.fr"));

        Assert.Equal("ack.PIA-2026-0001@pauseia.fr", email.InReplyTo);
        Assert.Equal(["CAF1x9Qk2026112410123100@mail.lemonde.fr", "ack.PIA-2026-0001@pauseia.fr"], email.References);
        Assert.Equal(["ack.PIA-2026-0001@pauseia.fr", "CAF1x9Qk2026112410123100@mail.lemonde.fr"], email.ThreadCandidates());
        Assert.Equal("bounce+claire@lemonde.fr", email.ReturnAddress);
        Assert.Equal("pass", email.Spf);
        Assert.Equal(0.1, email.SpamScore);
    }

    [Fact]
    public void FlowedTextIsUnwrapped()
    {
        var eml = Samples.Eml("From: a@example.org\nSubject: f\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nUne ligne \ncoupée.\n");
        var form = new InboundForm(new Dictionary<string, byte[]> { ["email"] = eml }, []);

        Assert.Equal("Une ligne coupée.", InboundEmailReader.Read(form, "k", DateTimeOffset.UnixEpoch).Text.Trim());
    }

    [Fact]
    public void TextSplitAroundAnInlineImageIsKeptWhole()
    {
        var eml = Samples.Eml("From: a@example.org\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nAvant l'image.\n--b\nContent-Type: image/png; name=photo.png\nContent-Disposition: inline; filename=photo.png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b\nContent-Type: text/plain; charset=utf-8\n\nAprès l'image.\n--b--\n");
        var form = new InboundForm(new Dictionary<string, byte[]> { ["email"] = eml }, []);

        var email = InboundEmailReader.Read(form, "k", DateTimeOffset.UnixEpoch);

        Assert.Equal("Avant l'image.\n\nAprès l'image.", email.Text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("photo.png", Assert.Single(email.Attachments).FileName);
    }

    private static async Task<InboundEmail> ReadAsync(byte[] eml, bool raw, InboundPosts.Options? options = null)
    {
        var form = await FormAsync(raw ? InboundPosts.Raw(eml, options) : InboundPosts.Parsed(eml, options));
        return InboundEmailReader.Read(form, "k", DateTimeOffset.UnixEpoch);
    }

    private static Task<InboundForm> FormAsync(InboundPosts.Post post) => InboundFormReader.ReadAsync(post.Body, post.ContentType);
}
