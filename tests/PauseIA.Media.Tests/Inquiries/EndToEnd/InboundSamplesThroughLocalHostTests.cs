using System.Text.Json;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.EndToEnd;

/// <summary>
/// Every sample email (samples/inbound) through a running LocalHost: posted as SendGrid's Inbound
/// Parse would in raw and parsed mode, and sent to the SMTP listener. The outcome is read back
/// through the API and the outbox, as the team and a journalist would see it. Each case tags the
/// sample's sender and Message-ID, so the cases share one host without meeting.
/// </summary>
public sealed class InboundSamplesThroughLocalHostTests(LocalHostFixture site) : IClassFixture<LocalHostFixture>, IAsyncDisposable
{
    private readonly PressInbox inbox = new(site);

    public static TheoryData<Delivery> Deliveries => [Delivery.Raw, Delivery.Parsed, Delivery.Smtp];

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AFrenchNationalInquiryWithADeadlineGoesToTheSpokespersonAndIsAcknowledgedInFrench(Delivery delivery)
    {
        var tag = Tag(delivery);
        var sender = Samples.Sender("claire.dubois@lemonde.fr", tag);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.NationalDeadline, tag), delivery);

        Assert.Equal("inquiry", record.GetProperty("kind").GetString());
        var reference = record.GetProperty("reference").GetString()!;
        Assert.Matches(@"^PIA-2026-\d{4}$", reference);
        var inquiry = await inbox.InquiryAsync(reference);
        Assert.Equal("new", inquiry.GetProperty("status").GetString());
        Assert.Equal("Demande d'interview – moratoire IA – bouclage ce soir", inquiry.GetProperty("subject").GetString());
        Assert.Equal(sender, inquiry.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Claire Dubois", inquiry.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("fr", inquiry.GetProperty("language").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T15:00:00Z"), inquiry.GetProperty("deadlineUtc").GetDateTimeOffset());
        Assert.Equal("avant 16h", inquiry.GetProperty("deadlinePhrase").GetString());
        Assert.Equal(TestSettings.Spokesperson, inquiry.GetProperty("assignee").GetProperty("email").GetString());
        Assert.Equal("par-defaut", inquiry.GetProperty("routing").GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(inquiry.GetProperty("routing").GetProperty("reason").GetString()));

        var ack = await SingleAcknowledgementAsync(reference);
        Assert.Equal([sender], PressInbox.To(ack));
        Assert.Equal($"Re: Demande d'interview – moratoire IA – bouclage ce soir [{reference}]", ack.GetProperty("subject").GetString());
        AssertAnswersInItsThread(ack, $"<CAF1x9Qk2026112410123100.{tag}@mail.lemonde.fr>");
        var notification = Assert.Single(await inbox.SentAsync("Notification", reference));
        Assert.Equal([TestSettings.Spokesperson], PressInbox.To(notification));
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AnEnglishInternationalInquiryIsAcknowledgedInEnglishWithTheDirectorWatching(Delivery delivery)
    {
        var tag = Tag(delivery);
        var sender = Samples.Sender("m.hartley@politico.eu", tag);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.International, tag), delivery);

        var reference = record.GetProperty("reference").GetString()!;
        var inquiry = await inbox.InquiryAsync(reference);
        Assert.Equal("inquiry", inquiry.GetProperty("kind").GetString());
        Assert.Equal("en", inquiry.GetProperty("language").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-26T14:00:00Z"), inquiry.GetProperty("deadlineUtc").GetDateTimeOffset());
        Assert.Equal("deadline is 3pm CET tomorrow (Thursday)", inquiry.GetProperty("deadlinePhrase").GetString());
        Assert.Equal(TestSettings.Spokesperson, inquiry.GetProperty("assignee").GetProperty("email").GetString());
        Assert.Equal([TestSettings.CommsDirector], inquiry.GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("email").GetString()));
        Assert.StartsWith("Langue : anglais", inquiry.GetProperty("routing").GetProperty("reason").GetString(), StringComparison.Ordinal);

        var ack = await SingleAcknowledgementAsync(reference);
        Assert.Equal([sender], PressInbox.To(ack));
        Assert.Equal($"Re: Request for comment: EU AI Act general-purpose AI code of practice [{reference}]", ack.GetProperty("subject").GetString());
        AssertAnswersInItsThread(ack, $"<20261125140310.4471.{tag}@politico.eu>");
        Assert.Contains(await inbox.SentAsync("Notification", reference), n => PressInbox.To(n).Contains(TestSettings.CommsDirector));
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task ALocalInquiryFromLyonGoesToTheLyonLeadWithTheSpokespersonWatching(Delivery delivery)
    {
        var tag = Tag(delivery);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.LocalLyon, tag), delivery);

        var reference = record.GetProperty("reference").GetString()!;
        var inquiry = await inbox.InquiryAsync(reference);
        Assert.Equal("Rassemblement place Bellecour samedi ?", inquiry.GetProperty("subject").GetString());
        Assert.Equal("Julien Mahé", inquiry.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("fr", inquiry.GetProperty("language").GetString());
        Assert.Equal("Lyon", inquiry.GetProperty("city").GetString());
        Assert.False(inquiry.TryGetProperty("deadlineUtc", out var deadline) && deadline.ValueKind != JsonValueKind.Null);
        Assert.Equal(TestSettings.LyonLead, inquiry.GetProperty("assignee").GetProperty("email").GetString());
        Assert.Equal([TestSettings.Spokesperson], inquiry.GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("email").GetString()));
        Assert.StartsWith("Ville : Lyon", inquiry.GetProperty("routing").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Le Progrès – rédaction de Lyon", inquiry.GetProperty("messages")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var ack = await SingleAcknowledgementAsync(reference);
        Assert.Equal([Samples.Sender("jmahe@leprogres.fr", tag)], PressInbox.To(ack));
        AssertAnswersInItsThread(ack, $"<5f2c1e0a-93b1-4c55-9f3e-1a2b3c4d5e6f.{tag}@leprogres.fr>");
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AnOutOfOfficeReplyIsKeptAsAnAutoReplyAndNeverAnswered(Delivery delivery)
    {
        var tag = Tag(delivery);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.OutOfOffice, tag), delivery);

        Assert.Equal("autoReply", record.GetProperty("kind").GetString());
        Assert.False(record.TryGetProperty("reference", out _));
        await AssertNothingAnsweredAsync(Samples.Sender("claire.dubois@lemonde.fr", tag));
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task ABounceOfOurAcknowledgementMarksTheContactHardBouncedAndIsNeverAnswered(Delivery delivery)
    {
        var tag = Tag(delivery);
        var failed = Samples.Sender("ancien.journaliste@exemple-media.fr", tag);
        var reference = (await inbox.DeliverAsync(Processing.TestMail.Eml($"Ancien Journaliste <{failed}>", "Question", "Bonjour, une question.", $"q.{tag}@exemple-media.fr"), delivery)).GetProperty("reference").GetString()!;
        var ackId = PressInbox.Header(await SingleAcknowledgementAsync(reference), "Message-ID");

        // The sample returns a statement of ours; point it at the acknowledgement that bounced.
        var eml = Samples.Edit(
            Samples.Bounce,
            ("Message-ID: <20261127160511.9A1B2C3D4E@", $"Message-ID: <20261127160511.9A1B2C3D4E.{tag}@"),
            ("Message-ID: <stmt-0007.r42@pauseia.fr>", $"Message-ID: {ackId}"));
        eml = System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(eml).Replace("ancien.journaliste@exemple-media.fr", failed, StringComparison.Ordinal));

        var record = await inbox.DeliverAsync(eml, delivery, envelopeFrom: "");

        Assert.Equal("bounce", record.GetProperty("kind").GetString());
        Assert.Equal(reference, record.GetProperty("relatedReference").GetString());
        var contact = await inbox.ContactAsync(failed);
        Assert.True(contact.GetProperty("hardBounced").GetBoolean());
        Assert.Contains("5.1.1", contact.GetProperty("bounceReason").GetString(), StringComparison.Ordinal);
        await AssertNothingAnsweredAsync("mailer-daemon@mx.sendgrid.net");
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AReplyInTheThreadJoinsItsInquiryAndIsNotAcknowledgedAgain(Delivery delivery)
    {
        var tag = Tag(delivery);
        var sender = Samples.Sender("claire.dubois@lemonde.fr", tag);
        var reference = (await inbox.DeliverAsync(Samples.Unique(Samples.NationalDeadline, tag), delivery)).GetProperty("reference").GetString()!;
        var ackId = PressInbox.Header(await SingleAcknowledgementAsync(reference), "Message-ID");

        // The sample answers PIA-2026-0001's acknowledgement: point it at this inquiry's.
        var reply = Samples.Edit(
            Samples.ReplyInThread,
            ("[PIA-2026-0001]", $"[{reference}]"),
            ("Message-ID: <CAF1x9Qk2026112411025500@", $"Message-ID: <CAF1x9Qk2026112411025500.{tag}@"),
            ("In-Reply-To: <ack.PIA-2026-0001@pauseia.fr>", $"In-Reply-To: {ackId}"),
            ("References: <CAF1x9Qk2026112410123100@mail.lemonde.fr> <ack.PIA-2026-0001@pauseia.fr>", $"References: <CAF1x9Qk2026112410123100.{tag}@mail.lemonde.fr> {ackId}"),
            ("From: Claire Dubois <claire.dubois@lemonde.fr>", $"From: Claire Dubois <{sender}>"));
        await inbox.SendAsync(reply, delivery);

        var inquiry = await inbox.InquiryAsync(reference);
        var inbound = inquiry.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "inbound").ToList();
        Assert.Equal(2, inbound.Count);
        Assert.Contains("15h me convient", inbound[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal($"CAF1x9Qk2026112411025500.{tag}@mail.lemonde.fr", inbound[1].GetProperty("messageId").GetString()?.Trim('<', '>'));
        Assert.Contains(inquiry.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "journalistReplied");
        await SingleAcknowledgementAsync(reference);
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AnUrgentHtmlOnlyTvInvitationIsUrgentWithItsDeadlineAndSaysSoInItsNotification(Delivery delivery)
    {
        var tag = Tag(delivery);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.TvUrgent, tag), delivery);

        var reference = record.GetProperty("reference").GetString()!;
        var inquiry = await inbox.InquiryAsync(reference);
        Assert.True(inquiry.GetProperty("urgent").GetBoolean());
        Assert.Equal("fr", inquiry.GetProperty("language").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T16:00:00Z"), inquiry.GetProperty("deadlineUtc").GetDateTimeOffset());
        Assert.Equal("avant 17h", inquiry.GetProperty("deadlinePhrase").GetString());
        Assert.Equal(TestSettings.Spokesperson, inquiry.GetProperty("assignee").GetProperty("email").GetString());
        var message = inquiry.GetProperty("messages")[0];
        Assert.StartsWith("Bonjour,", message.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", message.GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);

        var notification = Assert.Single(await inbox.SentAsync("Notification", reference));
        Assert.StartsWith("[URGENT] ", notification.GetProperty("subject").GetString(), StringComparison.Ordinal);
        var ack = await SingleAcknowledgementAsync(reference);
        Assert.Equal([Samples.Sender("plateau.soir@bfmtv.com", tag)], PressInbox.To(ack));
        AssertAnswersInItsThread(ack, $"<plateau-8842.{tag}@bfmtv.com>");
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task ANewsletterIsKeptAsBulkAndNeverAnswered(Delivery delivery)
    {
        var tag = Tag(delivery);

        var record = await inbox.DeliverAsync(Samples.Unique(Samples.Newsletter, tag), delivery);

        Assert.Equal("bulk", record.GetProperty("kind").GetString());
        Assert.False(record.TryGetProperty("reference", out _));
        await AssertNothingAnsweredAsync(Samples.Sender("newsletter@lettre-tech.example", tag));
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task AMailFromTheListUnsubscribeMailtoOfAStatementOptsTheContactOut(Delivery delivery)
    {
        var tag = Tag(delivery);
        var journalist = $"leaving.{tag}@lemonde.fr";
        await inbox.CreateContactAsync(journalist, "Jean", "Départ");
        var eml = Samples.Eml($"""
            From: Jean Départ <{journalist}>
            To: presse@pauseia.fr
            Subject: unsubscribe
            Date: Mon, 30 Nov 2026 09:00:00 +0100
            Message-ID: <unsubscribe.{tag}@mail.gmail.com>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8

            This message was automatically generated by Gmail.
            """);

        var record = await inbox.DeliverAsync(eml, delivery);

        Assert.Equal("unsubscribe", record.GetProperty("kind").GetString());
        Assert.True((await inbox.ContactAsync(journalist)).GetProperty("optedOut").GetBoolean());
        await AssertNothingAnsweredAsync(journalist);
    }

    public async ValueTask DisposeAsync() => await inbox.DisposeAsync();

    private static string Tag(Delivery delivery) => $"{delivery.ToString().ToLowerInvariant()}{Guid.NewGuid():N}"[..12];

    private async Task<JsonElement> SingleAcknowledgementAsync(string reference)
    {
        var ack = Assert.Single(await inbox.SentAsync("Acknowledgement", reference));
        Assert.Equal("auto-replied", PressInbox.Header(ack, "Auto-Submitted"));
        Assert.Equal("All", PressInbox.Header(ack, "X-Auto-Response-Suppress"));
        return ack;
    }

    private static void AssertAnswersInItsThread(JsonElement ack, string inquiryMessageId)
    {
        Assert.Equal(inquiryMessageId, PressInbox.Header(ack, "In-Reply-To"));
        Assert.Contains(inquiryMessageId, PressInbox.Header(ack, "References"), StringComparison.Ordinal);
    }

    /// <summary>No acknowledgement, reply or notification went to <paramref name="address"/>.</summary>
    private async Task AssertNothingAnsweredAsync(string address)
    {
        foreach (var kind in new[] { "Acknowledgement", "Notification", "InquiryReply" })
        {
            Assert.DoesNotContain(await inbox.SentAsync(kind), m => PressInbox.To(m).Contains(address, StringComparer.OrdinalIgnoreCase));
        }
    }
}
