using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

/// <summary>
/// A delivery report silences an address only when it answers a Message-ID we sent to that address
/// (issue 9, defect 3); anything else is a suspicious bounce, filed and shown, that suppresses nobody.
/// </summary>
public sealed class DeliveryReportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    /// <summary>A DSN as Postfix writes it (RFC 3464), returning the headers of <paramref name="returnedMessageId"/>.</summary>
    private static byte[] Dsn(string failedRecipient, string? returnedMessageId, string tag, string status = "5.1.1") => Samples.Eml($"""
        From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
        To: presse@pauseia.fr
        Subject: Undelivered Mail Returned to Sender
        Date: Mon, 30 Nov 2026 10:00:00 +0000
        Message-ID: <dsn-{tag}@mx.example.net>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

        --dsn
        Content-Type: text/plain; charset=us-ascii

        Your message could not be delivered.

        --dsn
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net

        Final-Recipient: rfc822; {failedRecipient}
        Action: failed
        Status: {status}
        Diagnostic-Code: smtp; 550 {status} User unknown

        --dsn
        Content-Type: text/rfc822-headers

        From: Pause IA Presse <presse@pauseia.fr>
        To: {failedRecipient}
        Subject: Re: Question
        {(returnedMessageId is null ? "" : $"Message-ID: <{returnedMessageId}>")}

        --dsn--
        """);

    private static async Task<(string Journalist, string AckId, string Reference)> AcknowledgedAsync(InquiryHarness harness, string tag)
    {
        var journalist = $"claire+{tag}@lemonde.fr";
        var reference = await harness.ProcessAsync(TestMail.Eml($"Claire <{journalist}>", "Question", "Bonjour", $"q-{tag}@lemonde.fr"));
        var ack = Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        return (journalist, ack.Headers["Message-ID"].Trim('<', '>'), reference!);
    }

    private static async Task<InboundRecord> FileAsync(InquiryHarness harness, byte[] dsn, bool raw, InboundPosts.Options? options = null)
    {
        options ??= new InboundPosts.Options(EnvelopeFrom: "");
        var key = await harness.ReceiveAsync(raw ? InboundPosts.Raw(dsn, options) : InboundPosts.Parsed(dsn, options));
        await harness.DrainAsync();
        return (await harness.Services.Get<InboundLog>().FindAsync(key))!;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AReportAnsweringOurMailToThatAddressMarksItHardBounced(bool raw)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var (journalist, ackId, reference) = await AcknowledgedAsync(harness, raw ? "realraw" : "realparsed");

        var record = await FileAsync(harness, Dsn(journalist, ackId, $"real{raw}"), raw);

        Assert.Equal(InboundKind.Bounce, record.Kind);
        Assert.Equal(reference, record.RelatedReference);
        Assert.Equal(journalist, Assert.Single(harness.Contacts.HardBounces).Email);
    }

    public static TheoryData<string, bool> Forgeries => new()
    {
        { "no-message-id", true },
        { "unknown-message-id", true },
        { "their-own-message-id", true },
        { "another-recipient", true },
        { "no-message-id", false },
        { "another-recipient", false },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task AReportThatDoesNotAnswerOurMailToThatAddressIsASuspiciousBounceThatSilencesNobody(string forgery, bool raw)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var tag = $"{forgery}-{(raw ? "raw" : "parsed")}";
        var (journalist, ackId, _) = await AcknowledgedAsync(harness, tag);
        var dsn = forgery switch
        {
            "no-message-id" => Dsn(journalist, null, tag),
            "unknown-message-id" => Dsn(journalist, $"never-sent-{tag}@media.pauseia.fr", tag),
            "their-own-message-id" => Dsn(journalist, $"q-{tag}@lemonde.fr", tag),
            _ => Dsn($"someone.else+{tag}@lemonde.fr", ackId, tag),
        };

        var record = await FileAsync(harness, dsn, raw);

        Assert.Equal(InboundKind.Suspicious, record.Kind);
        Assert.Contains("non-remise", record.Reason, StringComparison.Ordinal);
        Assert.Empty(harness.Contacts.HardBounces);
        Assert.Contains((await harness.Services.Get<InboundQueries>().ListAsync("suspicious")).Records, r => r.Key == record.Key);
    }

    [Theory]
    [InlineData("fail", "0.1")]
    [InlineData("pass", "9.5")]
    public async Task AReportFailingTheSenderChecksIsSuspiciousEvenWhenItCitesOurMail(string spf, string spamScore)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var tag = $"checks{spf}{spamScore}";
        var (journalist, ackId, _) = await AcknowledgedAsync(harness, tag);

        var record = await FileAsync(harness, Dsn(journalist, ackId, tag), raw: true, new InboundPosts.Options(EnvelopeFrom: "", Spf: spf, SpamScore: spamScore));

        Assert.Equal(InboundKind.Suspicious, record.Kind);
        Assert.Empty(harness.Contacts.HardBounces);
    }

    [Fact]
    public async Task AReportOfATemporaryFailureSilencesNobody()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var (journalist, ackId, _) = await AcknowledgedAsync(harness, "temporary");

        var record = await FileAsync(harness, Dsn(journalist, ackId, "temporary", status: "4.2.2"), raw: true);

        Assert.Equal(InboundKind.Bounce, record.Kind);
        Assert.Empty(harness.Contacts.HardBounces);
    }

    [Fact]
    public async Task AReportAnsweringAStatementSentToThatAddressMarksItHardBounced()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var messageId = "stmt-0042.r7@media.pauseia.fr";
        await harness.Services.Get<MessageIdIndex>().RegisterAsync(new MessageIdEntry(messageId, MessageIdOwner.Statement, "stmt-42", "ancien.journaliste@exemple-media.fr"));

        var record = await FileAsync(harness, Dsn("ancien.journaliste@exemple-media.fr", messageId, "statement"), raw: true);

        Assert.Equal(InboundKind.Bounce, record.Kind);
        Assert.Equal("ancien.journaliste@exemple-media.fr", Assert.Single(harness.Contacts.HardBounces).Email);
    }
}
