using MimeKit;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

public sealed class InboundProcessingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AStrangerCitingAReferenceOpensAnInquiryOfTheirOwnLinkedToIt()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+stranger@lemonde.fr>", "Interview ?", "Bonjour", "a1@lemonde.fr"));

        var other = await harness.ProcessAsync(TestMail.Eml("Intrus <intrus@example.org>", $"Re: Interview ? [{reference}]", "Je m'invite.", "a2@example.org"));

        Assert.NotEqual(reference, other);
        Assert.Equal(reference, (await harness.Store.FindAsync(other!))!.RelatedReference);
        Assert.Single((await harness.Store.FindThreadAsync(reference!))!.Messages, m => m.Direction == MessageDirection.Inbound);
    }

    [Fact]
    public async Task ASubjectCitingAReferenceThatDoesNotExistOpensAnUnlinkedInquiry()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+ghost@lemonde.fr>", "Re: [PIA-1999-0042] Suite", "Bonjour", "ghost@lemonde.fr"));

        Assert.NotEqual("PIA-1999-0042", reference);
        Assert.Null((await harness.Store.FindAsync(reference!))!.RelatedReference);
        Assert.Null(await harness.Store.FindAsync("PIA-1999-0042"));
    }

    [Fact]
    public async Task ATeamMemberWritingToTheJournalistInTheThreadAnswersIt()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+team@lemonde.fr>", "Interview ?", "Bonjour", "b1@lemonde.fr"));

        var joined = await harness.ProcessAsync(TestMail.Eml($"Camille <{TestSettings.Spokesperson}>", $"Re: Interview ? [{reference}]", "Bien sûr, 15h ?", "b2@pauseia.fr", "Cc: claire+team@lemonde.fr"));

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(reference, joined);
        Assert.Equal(InquiryStatus.Answered, thread.Inquiry.Status);
        Assert.Contains(thread.Messages, m => m.Kind == InquiryMessageKind.TeamEmail && m.From.Email == TestSettings.Spokesperson);
    }

    [Fact]
    public async Task TheJournalistWritingToAClosedInquiryReopensIt()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+reopen@lemonde.fr>", "Interview ?", "Bonjour", "c1@lemonde.fr"));
        var spokesperson = harness.Services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!;
        await harness.Services.Get<InquiryCommands>().CloseAsync(spokesperson, reference!, new CloseInquiry("réglé par téléphone"), null);

        await harness.ProcessAsync(TestMail.Eml("Claire <claire+reopen@lemonde.fr>", $"Re: Interview ? [{reference}]", "Une dernière question.", "c2@lemonde.fr", "In-Reply-To: <c1@lemonde.fr>"));

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(InquiryStatus.Assigned, thread.Inquiry.Status);
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.JournalistReplied && e.Text.Contains("rouverte", StringComparison.Ordinal));
        Assert.Contains(await harness.SentAsync(reference!, "notification"), n => n.Subject.StartsWith("Rouverte", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepliesToAStatementBecomeEachJournalistsOwnInquiryLinkedToIt()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.Services.Get<MessageIdIndex>().RegisterAsync(new MessageIdEntry("stmt-0042.r1@media.pauseia.fr", MessageIdOwner.Statement, "stmt-42", null));

        var first = await harness.ProcessAsync(TestMail.Eml("A <a@lemonde.fr>", "Re: Communiqué", "Une question.", "s1@lemonde.fr", "In-Reply-To: <stmt-0042.r1@media.pauseia.fr>"));
        var second = await harness.ProcessAsync(TestMail.Eml("B <b@liberation.fr>", "Re: Communiqué", "Une autre.", "s2@liberation.fr", "In-Reply-To: <stmt-0042.r1@media.pauseia.fr>"));
        harness.Services.Time.Advance(TimeSpan.FromDays(2));
        var firstAgain = await harness.ProcessAsync(TestMail.Eml("A <a@lemonde.fr>", "Re: Communiqué", "Et une précision.", "s3@lemonde.fr", "In-Reply-To: <stmt-0042.r1@media.pauseia.fr>"));

        Assert.NotEqual(first, second);
        Assert.Equal(first, firstAgain);
        Assert.Equal(2, (await harness.Store.FindThreadAsync(first!))!.Messages.Count(m => m.Direction == MessageDirection.Inbound));
        Assert.Single(await harness.SentAsync(first!, "acknowledgement"));
        Assert.Equal("stmt-42", (await harness.Store.FindAsync(first!))!.StatementId);
        Assert.Equal("b@liberation.fr", (await harness.Store.FindAsync(second!))!.Journalist.Email);
        Assert.Equal("stmt-42", (await harness.Store.FindAsync(second!))!.StatementId);
    }

    [Fact]
    public async Task AForwardFromATeamMemberIsAttributedToTheJournalistAndNotAcknowledged()
    {
        // Gmail's forward block, as the team forwards from their own mailboxes.
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var body = "Pour suivi.\n\n---------- Forwarded message ---------\nFrom: Paul Martin <paul.martin@lyoncapitale.fr>\nDate: Mon, 30 Nov 2026 at 08:00\nSubject: Interview sur la manif de Lyon\nTo: Léa <lea.perso@example.org>\n\nBonjour, pouvez-vous me rappeler ?\n";

        var reference = await harness.ProcessAsync(TestMail.Eml($"Léa Dubois <{TestSettings.LyonLead}>", "Fwd: Interview sur la manif de Lyon", body, "fwd1@pauseia.fr"));

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("paul.martin@lyoncapitale.fr", inquiry.Journalist.Email);
        Assert.Equal(TestSettings.LyonLead, inquiry.ForwardedBy);
        Assert.Equal("Interview sur la manif de Lyon", inquiry.Subject);
        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Contains(harness.Contacts.Senders, s => s.Email == "paul.martin@lyoncapitale.fr");
    }

    [Fact]
    public async Task OneEmailSentToSeveralOfOurAddressesIsOneInquiry()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = TestMail.Eml("Claire <claire+several@lemonde.fr>", "Interview ?", "Bonjour", "several@lemonde.fr", "Cc: contact@pauseia.fr");

        var first = await harness.ReceiveAsync(InboundPosts.Raw(eml, new InboundPosts.Options(EnvelopeTo: "presse@pauseia.fr")));
        var second = await harness.ReceiveAsync(InboundPosts.Parsed(eml, new InboundPosts.Options(EnvelopeTo: "contact@pauseia.fr")));
        await harness.DrainAsync();

        Assert.Equal(first, second);
        var reference = await harness.ReferenceOfAsync(first, eml);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
    }

    [Fact]
    public async Task AQueueMessageDeliveredTwiceIsProcessedOnce()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.DrainAsync();
        var eml = TestMail.Eml("Claire <claire+redelivered@lemonde.fr>", "Interview ?", "Bonjour", "redelivered@lemonde.fr");
        var key = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        var queue = harness.Services.GetKeyed<Azure.Storage.Queues.QueueClient>(InboundWebhook.QueueName);
        var message = (await queue.ReceiveMessageAsync()).Value.MessageText;
        var function = new PauseIA.Media.Functions.Inquiries.InboundQueueFunction(
            harness.Services.Get<PauseIA.Media.Inquiries.Processing.InboundProcessor>(), harness.Services.Get<PauseIA.Media.Queues.QueueFailureLog>());

        await function.Run(message, 1);
        await function.Run(message, 2);

        var reference = await harness.ReferenceOfAsync(key, eml);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Single(await harness.SentAsync(reference!, "notification"));
        Assert.Single((await harness.Store.FindThreadAsync(reference!))!.Messages, m => m.Direction == MessageDirection.Inbound);
    }

    [Fact]
    public async Task ASenderIsAcknowledgedAtMostOnceADay()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var first = await harness.ProcessAsync(TestMail.Eml("Claire <claire+daily@lemonde.fr>", "Première", "Bonjour", "d1@lemonde.fr"));
        harness.Services.Time.Advance(TimeSpan.FromHours(2));
        var second = await harness.ProcessAsync(TestMail.Eml("Claire <claire+daily@lemonde.fr>", "Seconde", "Bonjour", "d2@lemonde.fr"));
        harness.Services.Time.Advance(TimeSpan.FromHours(23));
        var third = await harness.ProcessAsync(TestMail.Eml("Claire <claire+daily@lemonde.fr>", "Troisième", "Bonjour", "d3@lemonde.fr"));

        Assert.Single(await harness.SentAsync(first!, "acknowledgement"));
        Assert.Empty(await harness.SentAsync(second!, "acknowledgement"));
        Assert.Single(await harness.SentAsync(third!, "acknowledgement"));
        Assert.Contains((await harness.Store.FindThreadAsync(second!))!.Events, e => e.Kind == InquiryEventKind.AcknowledgementSkipped);
        Assert.False((await harness.Store.FindAsync(second!))!.Acknowledged);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LineBreaksInTheSubjectOrNameCannotAddHeadersToTheAcknowledgement(bool raw)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var sender = raw ? "claire+crlf-raw@lemonde.fr" : "claire+crlf-parsed@lemonde.fr";
        var post = raw
            ? InboundPosts.Raw(TestMail.Eml(
                $"=?UTF-8?Q?Claire=0D=0ABcc:_victim@example.org?= <{sender}>",
                "=?UTF-8?Q?Interview=0D=0ABcc:_victim@example.org=0D=0A=0D=0Acorps?=",
                "Bonjour",
                $"crlf{raw}@lemonde.fr"))

            // In parsed mode SendGrid posts the decoded fields: the line breaks arrive as they are.
            : InboundPosts.Form(
            [
                ("headers", $"From: {sender}\r\nTo: presse@pauseia.fr\r\nMessage-ID: <crlf{raw}@lemonde.fr>\r\nSubject: x"),
                ("from", $"\"Claire\r\nBcc: victim@example.org\" <{sender}>"),
                ("subject", "Interview\r\nBcc: victim@example.org\r\n\r\ncorps"),
                ("text", "Bonjour"),
                ("envelope", $"{{\"to\":[\"presse@pauseia.fr\"],\"from\":\"{sender}\"}}"),
            ]);

        var key = await harness.ReceiveAsync(post);
        await harness.DrainAsync();

        var reference = (await harness.Services.Get<InboundLog>().FindAsync(key))!.Reference!;
        var ack = Assert.Single(await harness.SentAsync(reference, "acknowledgement"));
        var sent = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(ack.EmlBlobs[0]))));
        Assert.Empty(sent.Bcc);
        Assert.False(sent.Headers.Contains(HeaderId.Bcc));
        Assert.Equal([sender], sent.To.Mailboxes.Select(m => m.Address));
        Assert.StartsWith("Re: Interview", sent.Subject, StringComparison.Ordinal);
        Assert.EndsWith($"corps [{reference}]", sent.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', sent.Subject ?? "");
        Assert.DoesNotContain('\n', sent.To.Mailboxes.Single().Name ?? "");
        Assert.All(ack.Headers.Values, v => Assert.DoesNotContain('\n', v));
    }

    [Fact]
    public async Task ThePrivacyNoticeGoesInTheFirstAcknowledgementToEachContactOnly()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        harness.Contacts.Add(new ContactSummary("told+privacy@lemonde.fr", "Informée", null, "Le Monde", null, null, "fr", null, false, false, false, PrivacyNoticeDue: false));
        harness.Contacts.Add(new ContactSummary("imported+privacy@lemonde.fr", "Importée", null, "Le Monde", null, null, "fr", null, false, false, false, PrivacyNoticeDue: true));

        var told = await harness.ProcessAsync(TestMail.Eml("Informée <told+privacy@lemonde.fr>", "Question", "Bonjour", "p1@lemonde.fr"));
        var imported = await harness.ProcessAsync(TestMail.Eml("Importée <imported+privacy@lemonde.fr>", "Question", "Bonjour", "p2@lemonde.fr"));
        var unknown = await harness.ProcessAsync(TestMail.Eml("Nouvelle <new+privacy@lemonde.fr>", "Question", "Bonjour", "p3@lemonde.fr"));
        harness.Services.Time.Advance(TimeSpan.FromDays(2));
        var again = await harness.ProcessAsync(TestMail.Eml("Nouvelle <new+privacy@lemonde.fr>", "Autre question", "Bonjour", "p4@lemonde.fr"));

        Assert.DoesNotContain("confidentialite", await AckTextAsync(harness, told!), StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", await AckTextAsync(harness, imported!), StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", await AckTextAsync(harness, unknown!), StringComparison.Ordinal);
        Assert.DoesNotContain("confidentialite", await AckTextAsync(harness, again!), StringComparison.Ordinal);
        Assert.Equal(["imported+privacy@lemonde.fr", "new+privacy@lemonde.fr"], harness.Contacts.PrivacyNoticesSent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoAcknowledgementGoesToAJournalistWhoOptedOutOrBounced()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        harness.Contacts.Add(new ContactSummary("optedout@lemonde.fr", null, null, null, null, null, null, null, true, false, false));
        harness.Contacts.Add(new ContactSummary("bounced@lemonde.fr", null, null, null, null, null, null, null, false, true, false));

        var optedOut = await harness.ProcessAsync(TestMail.Eml("optedout@lemonde.fr", "Question", "Bonjour", "o1@lemonde.fr"));
        var bounced = await harness.ProcessAsync(TestMail.Eml("bounced@lemonde.fr", "Question", "Bonjour", "o2@lemonde.fr"));

        Assert.Empty(await harness.SentAsync(optedOut!, "acknowledgement"));
        Assert.Empty(await harness.SentAsync(bounced!, "acknowledgement"));
        Assert.NotEmpty(await harness.SentAsync(optedOut!, "notification"));
    }

    [Fact]
    public async Task TheAcknowledgementGoesToTheReturnPathNeverToReplyTo()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = TestMail.Eml("Claire <claire+returnpath@lemonde.fr>", "Question", "Bonjour", "rp@lemonde.fr", "Reply-To: someone-else@example.org");

        var reference = await harness.ProcessAsync(eml, options: new InboundPosts.Options(EnvelopeFrom: "bounces+claire@mail.lemonde.fr"));

        Assert.Equal(["bounces+claire@mail.lemonde.fr"], Assert.Single(await harness.SentAsync(reference!, "acknowledgement")).To);
    }

    [Fact]
    public async Task AnEmailWithoutMessageIdPostedTwiceIsOneInquiry()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = TestMail.Eml("Claire <claire+noid@lemonde.fr>", "Sans identifiant", "Bonjour", messageId: null);

        var first = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        var second = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        await harness.DrainAsync();

        Assert.Equal(first, second);
        var record = await harness.Services.Get<InboundLog>().FindAsync(first);
        var ack = Assert.Single(await harness.SentAsync(record!.Reference!, "acknowledgement"));
        Assert.False(ack.Headers.ContainsKey("In-Reply-To"));
    }

    [Fact]
    public async Task AnAutoReplyToOurAcknowledgementIsNotedInTheInquiryAndNotAnswered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+ooo@lemonde.fr>", "Question", "Bonjour", "ooo1@lemonde.fr"));
        var ackId = Assert.Single(await harness.SentAsync(reference!, "acknowledgement")).Headers["Message-ID"].Trim('<', '>');
        var sent = (await harness.Outbox.ListAsync(max: 100_000)).Count;

        var result = await harness.ProcessAsync(TestMail.Eml("Claire <claire+ooo@lemonde.fr>", $"Réponse automatique : Re: Question [{reference}]", "Je suis absente.", "ooo2@lemonde.fr", $"In-Reply-To: <{ackId}>", "Auto-Submitted: auto-replied"));

        Assert.Null(result);
        Assert.Equal(sent, (await harness.Outbox.ListAsync(max: 100_000)).Count);
        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.AutoReply);
        Assert.Single(thread.Messages, m => m.Direction == MessageDirection.Inbound);
        Assert.Equal(InquiryStatus.New, thread.Inquiry.Status);
    }

    [Theory]
    [InlineData("Pause IA <presse@pauseia.fr>", "pass", "0", InboundKind.OwnMail)]
    [InlineData("Spammeur <win@lottery.example>", "pass", "9.2", InboundKind.Suspicious)]
    [InlineData("Usurpateur <ceo@lemonde.fr>", "fail", "0", InboundKind.Suspicious)]
    public async Task OwnAndSuspiciousMailIsFiledVisiblyAndNeverAnswered(string from, string spf, string spamScore, InboundKind kind)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var sent = (await harness.Outbox.ListAsync(max: 100_000)).Count;
        var eml = TestMail.Eml(from, "Bonjour", "Texte", $"{kind}-{spf}@example.org");

        var key = await harness.ReceiveAsync(InboundPosts.Parsed(eml, new InboundPosts.Options(Spf: spf, SpamScore: spamScore)));
        await harness.DrainAsync();

        Assert.Equal(kind, (await harness.Services.Get<InboundLog>().FindAsync(key))!.Kind);
        Assert.Equal(sent, (await harness.Outbox.ListAsync(max: 100_000)).Count);
        var view = await harness.Services.Get<InboundQueries>().GetAsync(key);
        Assert.Equal("Texte", view.Text.Trim());
    }

    [Fact]
    public async Task AMailToOurListUnsubscribeAddressOptsTheSenderOutAndIsNeverAnswered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        harness.Contacts.Add(new ContactSummary("leaving@lemonde.fr", null, null, null, null, null, null, null, false, false, false));
        var sent = (await harness.Outbox.ListAsync(max: 100_000)).Count;

        var key = await harness.ReceiveAsync(InboundPosts.Raw(TestMail.Eml("Jean <leaving@lemonde.fr>", "unsubscribe", "This message was automatically generated by Gmail.", "unsub1@lemonde.fr")));
        await harness.DrainAsync();

        Assert.Equal(InboundKind.Unsubscribe, (await harness.Services.Get<InboundLog>().FindAsync(key))!.Kind);
        Assert.Equal(SuppressionReason.OptedOut, await harness.Contacts.SuppressionAsync("leaving@lemonde.fr"));
        Assert.Equal(sent, (await harness.Outbox.ListAsync(max: 100_000)).Count);
    }

    public static TheoryData<string> GarbledEmails => new()
    {
        "From: a@garbled.fr\nMessage-ID: <g1@garbled.fr>\nContent-Type: multipart/mixed; boundary=\"never\"\n\n--never\nContent-Type: text/plain\n\nno closing boundary",
        "From: b@garbled.fr\nMessage-ID: <g2@garbled.fr>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%%%not*base64!!!\n",
        "From: c@garbled.fr\nMessage-ID: <g3@garbled.fr>\nContent-Type: text/html; charset=\"\"\n\n<p><b>unclosed <i>tags<table><tr><td>",
        "\u0000\u0001\u0002 binary noise \u00ff\u00fe",
    };

    [Theory]
    [MemberData(nameof(GarbledEmails))]
    public async Task GarbledEmailsAreKeptVisibleAndNeverThrow(string text)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = System.Text.Encoding.Latin1.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var key = await harness.ReceiveAsync(InboundPosts.Form([("email", System.Text.Encoding.Latin1.GetString(eml)), ("envelope", "{\"to\":[\"presse@pauseia.fr\"],\"from\":\"x@garbled.fr\"}")]));
        await harness.DrainAsync();

        var record = await harness.Services.Get<InboundLog>().FindAsync(key);
        Assert.NotNull(record);
        Assert.True(record.Kind == InboundKind.Suspicious || record.Reference is not null);
        Assert.NotNull(await harness.Services.Get<InboundArchive>().ReadAsync(key));
    }

    private static async Task<string> AckTextAsync(InquiryHarness harness, string reference)
    {
        var ack = Assert.Single(await harness.SentAsync(reference, "acknowledgement"));
        return (await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(ack.EmlBlobs[0]))))).TextBody ?? "";
    }
}
