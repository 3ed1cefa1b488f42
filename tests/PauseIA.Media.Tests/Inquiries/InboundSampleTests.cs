using MimeKit;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>
/// Every sample email, posted to the webhook function as SendGrid would (raw or parsed mode, see
/// the two subclasses, each with its own storage) and processed by the queue function.
/// </summary>
public abstract class InboundSampleTests(AzuriteFixture azurite, bool raw)
{
    [Fact]
    public async Task AFrenchNationalInquiryIsAcknowledgedInFrenchAndGoesToTheSpokesperson()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var reference = await harness.ProcessAsync(Samples.Read(Samples.NationalDeadline), raw);

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Matches(@"^PIA-2026-\d{4}$", reference);
        Assert.Equal("fr", inquiry.Language);
        Assert.Equal("Demande d'interview – moratoire IA – bouclage ce soir", inquiry.Subject);
        Assert.Equal("Claire Dubois", inquiry.Journalist.Name);
        Assert.Equal(TestSettings.Spokesperson, inquiry.Assignee);
        Assert.Equal("par-defaut", inquiry.RoutingRule);
        Assert.Equal(InquiryStatus.New, inquiry.Status);

        var ack = Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Equal(["claire.dubois@lemonde.fr"], ack.To);
        Assert.Equal($"Re: Demande d'interview – moratoire IA – bouclage ce soir [{reference}]", ack.Subject);
        Assert.Equal("auto-replied", ack.Headers["Auto-Submitted"]);
        Assert.Equal("All", ack.Headers["X-Auto-Response-Suppress"]);
        Assert.Equal("<CAF1x9Qk2026112410123100@mail.lemonde.fr>", ack.Headers["In-Reply-To"]);
        Assert.Equal("<CAF1x9Qk2026112410123100@mail.lemonde.fr>", ack.Headers["References"]);
        var text = (await MessageAsync(harness, ack)).TextBody;
        Assert.Contains($"enregistré sous la référence {reference}", text, StringComparison.Ordinal);
        // The sample's "avant 16h" has passed by the harness's clock, so the promise names the deadline.
        Assert.Contains("Nous avons noté votre échéance", text, StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", text, StringComparison.Ordinal);

        var notification = Assert.Single(await harness.SentAsync(reference!, "notification"));
        Assert.Equal([TestSettings.Spokesperson], notification.To);
        Assert.Contains($"http://127.0.0.1:7071/#/inquiries/{reference}", (await MessageAsync(harness, notification)).TextBody, StringComparison.Ordinal);
        Assert.Contains(harness.Contacts.Activities, a => a.Email == "claire.dubois@lemonde.fr" && a.Activity.RelatedId == reference);
    }

    [Fact]
    public async Task AnEnglishInternationalInquiryIsAcknowledgedInEnglishWithTheDirectorWatching()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var reference = await harness.ProcessAsync(Samples.Read(Samples.International), raw);

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("en", inquiry.Language);
        Assert.Equal(TestSettings.Spokesperson, inquiry.Assignee);
        Assert.Equal([TestSettings.CommsDirector], inquiry.Watchers);
        Assert.StartsWith("Langue : anglais → porte-parole Camille Martin", inquiry.RoutingReason, StringComparison.Ordinal);

        var ack = Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Equal(["m.hartley@politico.eu"], ack.To);
        var text = (await MessageAsync(harness, ack)).TextBody;
        Assert.StartsWith("Hello Martin Hartley,", text, StringComparison.Ordinal);
        Assert.Contains($"filed under reference {reference}", text, StringComparison.Ordinal);
        Assert.Contains("We have noted your deadline", text, StringComparison.Ordinal);

        var notifications = await harness.SentAsync(reference!, "notification");
        var director = Assert.Single(notifications, n => n.To.Contains(TestSettings.CommsDirector));
        // The sample's deadline has passed by the harness's clock, so the subjects may carry [URGENT] first.
        Assert.Contains("FYI, press inquiry", director.Subject, StringComparison.Ordinal);
        Assert.Single(notifications, n => n.To.Contains(TestSettings.Spokesperson) && n.Subject.Contains("Nouvelle demande presse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALocalInquiryFromLyonGoesToTheLyonLeadWithTheSpokespersonWatching()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var reference = await harness.ProcessAsync(Samples.Read(Samples.LocalLyon), raw);

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("Lyon", inquiry.City);
        Assert.Equal(TestSettings.LyonLead, inquiry.Assignee);
        Assert.Equal([TestSettings.Spokesperson], inquiry.Watchers);
        Assert.StartsWith("Ville : Lyon (", inquiry.RoutingReason, StringComparison.Ordinal);
        Assert.Contains("→ responsable local·e Léa Dubois", inquiry.RoutingReason, StringComparison.Ordinal);
        Assert.Equal("Julien Mahé", inquiry.Journalist.Name);
        var ack = Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Equal("Re: Rassemblement place Bellecour samedi ? [" + reference + "]", ack.Subject);
        Assert.StartsWith("Bonjour Julien Mahé,", (await MessageAsync(harness, ack)).TextBody, StringComparison.Ordinal);
        var message = Assert.Single((await harness.Store.FindThreadAsync(reference!))!.Messages, m => m.Direction == MessageDirection.Inbound);
        Assert.Contains("Le Progrès – rédaction de Lyon", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutOfOfficeReplyIsFiledAsAnAutoReplyAndNeverAnswered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = Samples.Read(Samples.OutOfOffice);

        var sent = await SentCountAsync(harness);

        var key = await harness.ReceiveAsync(raw ? InboundPosts.Raw(eml) : InboundPosts.Parsed(eml));
        await harness.DrainAsync();

        var record = await harness.Services.Get<InboundLog>().FindAsync(key);
        Assert.Equal(InboundKind.AutoReply, record!.Kind);
        Assert.Null(record.Reference);
        Assert.Equal(sent, await SentCountAsync(harness));
        Assert.Contains((await harness.Services.Get<PauseIA.Media.Inquiries.Api.InboundQueries>().ListAsync("autoReply")).Records, r => r.Key == key);
    }

    [Fact]
    public async Task ABounceOfOurMailMarksTheFailedAddressHardBouncedAndIsNeverAnswered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        // The sample returns a statement: one of ours once its Message-ID is in our domain and index.
        var eml = Samples.Edit(
            Samples.Bounce,
            ("Message-ID: <20261127160511.9A1B2C3D4E@", "Message-ID: <20261127160511.9A1B2C3D4E.ours@"),
            ("Message-ID: <stmt-0007.r42@pauseia.fr>", "Message-ID: <stmt-0007.r42@media.pauseia.fr>"));
        await harness.Services.Get<PauseIA.Media.Email.MessageIdIndex>().RegisterAsync(new("stmt-0007.r42@media.pauseia.fr", PauseIA.Media.Email.MessageIdOwner.Statement, "stmt-7", "ancien.journaliste@exemple-media.fr"));
        var sent = await SentCountAsync(harness);

        var key = await harness.ReceiveAsync(raw ? InboundPosts.Raw(eml, new InboundPosts.Options(EnvelopeFrom: "")) : InboundPosts.Parsed(eml, new InboundPosts.Options(EnvelopeFrom: "")));
        await harness.DrainAsync();

        Assert.Equal(InboundKind.Bounce, (await harness.Services.Get<InboundLog>().FindAsync(key))!.Kind);
        var bounce = Assert.Single(harness.Contacts.HardBounces);
        Assert.Equal("ancien.journaliste@exemple-media.fr", bounce.Email);
        Assert.Contains("5.1.1", bounce.Reason, StringComparison.Ordinal);
        Assert.Equal(sent, await SentCountAsync(harness));
    }

    [Fact]
    public async Task TheSampleBounceAsItIsAnswersNothingWeSentAndSilencesNobody()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var key = await harness.ReceiveAsync(raw ? InboundPosts.Raw(Samples.Read(Samples.Bounce), new InboundPosts.Options(EnvelopeFrom: "")) : InboundPosts.Parsed(Samples.Read(Samples.Bounce), new InboundPosts.Options(EnvelopeFrom: "")));
        await harness.DrainAsync();

        Assert.Equal(InboundKind.Suspicious, (await harness.Services.Get<InboundLog>().FindAsync(key))!.Kind);
        Assert.Empty(harness.Contacts.HardBounces);
    }

    [Fact]
    public async Task AReplyInTheThreadJoinsItsInquiryAndIsNotAcknowledged()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var original = Samples.Unique(Samples.NationalDeadline, "thread");
        var reference = await harness.ProcessAsync(original, raw);
        var ackId = (await harness.SentAsync(reference!, "acknowledgement")).Single().Headers["Message-ID"].Trim('<', '>');
        harness.Services.Time.Advance(TimeSpan.FromMinutes(50));

        // The sample answers PIA-2026-0001's acknowledgement: point it at this inquiry's.
        var reply = Samples.Edit(
            Samples.ReplyInThread,
            ("[PIA-2026-0001]", $"[{reference}]"),
            ("In-Reply-To: <ack.PIA-2026-0001@pauseia.fr>", $"In-Reply-To: <{ackId}>"),
            ("References: <CAF1x9Qk2026112410123100@mail.lemonde.fr> <ack.PIA-2026-0001@pauseia.fr>", $"References: <CAF1x9Qk2026112410123100.thread@mail.lemonde.fr> <{ackId}>"),
            ("From: Claire Dubois <claire.dubois@lemonde.fr>", "From: Claire Dubois <claire.dubois+thread@lemonde.fr>"));
        Assert.Equal(reference, await harness.ProcessAsync(reply, raw));

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal([InquiryMessageKind.Inquiry, InquiryMessageKind.Acknowledgement, InquiryMessageKind.JournalistReply], thread.Messages.Select(m => m.Kind));
        Assert.Contains("15h me convient", thread.Messages[2].Text, StringComparison.Ordinal);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.JournalistReplied);
    }

    [Fact]
    public async Task TheSampleReplyJoinsByTheReferenceInItsSubjectWhenItsHeadersAreUnknown()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(Samples.Unique(Samples.NationalDeadline, "by-subject"), raw);
        var reply = Samples.Edit(
            Samples.ReplyInThread,
            ("[PIA-2026-0001]", $"[{reference}]"),
            ("References: <CAF1x9Qk2026112410123100@mail.lemonde.fr> <ack.PIA-2026-0001@pauseia.fr>", "References: <unknown@mail.lemonde.fr>"),
            ("From: Claire Dubois <claire.dubois@lemonde.fr>", "From: Claire Dubois <claire.dubois+by-subject@lemonde.fr>"));

        Assert.Equal(reference, await harness.ProcessAsync(reply, raw));
        Assert.Equal(2, (await harness.Store.FindThreadAsync(reference!))!.Messages.Count(m => m.Direction == MessageDirection.Inbound));
    }

    [Fact]
    public async Task AnUrgentHtmlOnlyTvInvitationSaysUrgentInItsNotification()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var reference = await harness.ProcessAsync(Samples.Read(Samples.TvUrgent), raw);

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.True(inquiry.Urgent);
        Assert.Equal("fr", inquiry.Language);
        var notification = Assert.Single(await harness.SentAsync(reference!, "notification"));
        Assert.StartsWith("[URGENT] Nouvelle demande presse", notification.Subject, StringComparison.Ordinal);
        var message = (await harness.Store.FindThreadAsync(reference!))!.Messages[0];
        Assert.StartsWith("Bonjour,", message.Text, StringComparison.Ordinal);
        Assert.NotNull(message.Html);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
    }

    [Fact]
    public async Task ANewsletterIsFiledAsBulkAndNeverAnswered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = Samples.Read(Samples.Newsletter);
        var sent = await SentCountAsync(harness);

        var key = await harness.ReceiveAsync(raw ? InboundPosts.Raw(eml) : InboundPosts.Parsed(eml));
        await harness.DrainAsync();

        var record = await harness.Services.Get<InboundLog>().FindAsync(key);
        Assert.Equal(InboundKind.Bulk, record!.Kind);
        Assert.Null(record.Reference);
        Assert.Equal(sent, await SentCountAsync(harness));
    }

    private static async Task<MimeMessage> MessageAsync(InquiryHarness harness, PauseIA.Media.Email.OutboxEntry entry) =>
        await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(entry.EmlBlobs[0]))));

    private static async Task<int> SentCountAsync(InquiryHarness harness) => (await harness.Outbox.ListAsync(max: 100_000)).Count;
}
