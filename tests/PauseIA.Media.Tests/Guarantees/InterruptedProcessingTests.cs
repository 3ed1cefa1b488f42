using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// An email's processing dies half-way, after its inquiry (or its reply) is stored and around the mails it sends: the
/// send ledger cannot record a mail, or cannot record that SendGrid took it. The queue delivers the email again.
/// Every acknowledgement and notification then leaves once, or waits for a person when SendGrid may have it; none
/// is lost because an earlier attempt got as far as the inquiry, and none goes twice.
/// </summary>
[Trait("Category", "Faults")]
public sealed class InterruptedProcessingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AMailWhoseRecordFailedAfterTheInquiryWasStoredIsSentWhenTheEmailIsRedelivered()
    {
        using var sendGrid = new FaultySendGrid();
        var ledgerDown = new FailingRequests(RequestMethod.Post);
        await using var harness = await HarnessAsync(sendGrid, ledgerDown);

        var reference = await ProcessTwiceAsync(harness, Inquiry("record"), firstFails: true);

        Assert.Equal(1, ledgerDown.Failed);
        AssertEachMailTakenOnce(sendGrid, reference, "claire+record@lemonde.fr");
        Assert.All(await harness.Services.Get<MailSends>().ForAsync(reference), s => Assert.Equal(MailSendState.Sent, s.State));
    }

    [Fact]
    public async Task AMailSendGridTookBeforeItsOutcomeCouldBeRecordedIsNeverSentAgainAndWaitsForAPerson()
    {
        using var sendGrid = new FaultySendGrid();
        var outcomeLost = new FailingRequests(RequestMethod.Put);
        await using var harness = await HarnessAsync(sendGrid, outcomeLost);

        var reference = await ProcessTwiceAsync(harness, Inquiry("outcome"), firstFails: true);

        Assert.Equal(1, outcomeLost.Failed);
        AssertEachMailTakenOnce(sendGrid, reference, "claire+outcome@lemonde.fr");
        var sends = harness.Services.Get<MailSends>();
        var acknowledgement = Assert.Single(await sends.ForAsync(reference), s => s.Kind == MailKind.Acknowledgement);
        Assert.Equal(MailSendState.Sending, acknowledgement.State);

        // Past the lease, the send whose run died mid-request is a person's to decide.
        harness.Services.Time.Advance(MailSendLedger.Lease + TimeSpan.FromSeconds(1));
        var waiting = Assert.Single(await sends.NeedingDecisionAsync(), s => s.RelatedId == reference);
        Assert.Equal((acknowledgement.Id, MailSendState.Unknown), (waiting.Id, waiting.State));
    }

    [Fact]
    public async Task AMailDeferredWhoseRetryCouldNotBeQueuedIsLeftToAPersonOnceItsTurnIsLongPast()
    {
        using var sendGrid = new FaultySendGrid { Decide = (n, _) => n == 1 ? SendGridFault.Throttle : SendGridFault.None };
        var queueDown = new FailingRequests(RequestMethod.Post);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        queueOptions.AddPolicy(queueDown, HttpPipelinePosition.PerCall);
        await using var harness = await InquiryHarness.CreateAsync(azurite, sendGrid.Settings, configure: s =>
            s.AddKeyedSingleton(MailSendQueue.Name, (_, _) => new QueueClient(azurite.ConnectionString, MailSendQueue.Name, queueOptions)));
        var sends = harness.Services.Get<MailSends>();

        var reference = await ProcessTwiceAsync(harness, Inquiry("deferred"), firstFails: true);

        Assert.Equal(1, queueDown.Failed);
        var deferred = Assert.Single(await sends.ForAsync(reference), s => s.Kind == MailKind.Acknowledgement);
        Assert.Equal(MailSendState.Deferred, deferred.State);
        Assert.DoesNotContain(await sends.NeedingDecisionAsync(), s => s.Id == deferred.Id);

        // Its retry never came: once its turn is a lease past, nothing left and a person decides.
        harness.Services.Time.Advance(deferred.NotBefore!.Value - harness.Services.Time.GetUtcNow() + MailSendLedger.Lease + TimeSpan.FromSeconds(1));
        var waiting = Assert.Single(await sends.NeedingDecisionAsync(), s => s.Id == deferred.Id);
        Assert.Equal(MailSendState.Refused, waiting.State);
        var admin = harness.Services.Get<PauseIA.Media.Identity.TeamDirectory>().Find(TestSettings.Admin)!;
        Assert.Equal(MailSendState.Sent, (await sends.ResolveAsync(admin, reference, deferred.Id, new MailSendResolutionRequest(MailSendResolution.Resend))).State);
        Assert.Single(sendGrid.Taken, t => t.Kind == nameof(MailKind.Acknowledgement));
        Assert.Empty(sendGrid.TakenTwice);
    }

    [Fact]
    public async Task TwoDeliveriesOfOneEmailProcessedAtOnceSendEachMailOnce()
    {
        using var sendGrid = new FaultySendGrid { Latency = TimeSpan.FromMilliseconds(300) };
        await using var harness = await HarnessAsync(sendGrid, new FailingRequests(RequestMethod.Post, times: 0));
        var key = await harness.ReceiveAsync(InboundPosts.Raw(Inquiry("race")));
        await harness.ReceiveAsync(InboundPosts.Raw(Inquiry("race")));
        var messages = (await harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName).ReceiveMessagesAsync(2)).Value;

        await Task.WhenAll(messages.Select(m => harness.Services.Get<InboundProcessor>().ProcessAsync(m.MessageText)));

        Assert.Equal(2, messages.Length);
        AssertEachMailTakenOnce(sendGrid, (await harness.ReferenceOfAsync(key, Inquiry("race")))!, "claire+race@lemonde.fr");
    }

    [Fact]
    public async Task AJournalistsReplyWhoseNotificationFailedToBeRecordedNotifiesWhenRedelivered()
    {
        using var sendGrid = new FaultySendGrid();
        var ledgerDown = new FailingRequests(RequestMethod.Post, times: 0);
        await using var harness = await HarnessAsync(sendGrid, ledgerDown);
        var reference = await ProcessTwiceAsync(harness, Inquiry("reply"), firstFails: false);
        var before = sendGrid.Taken.Count(t => t.Kind == nameof(MailKind.Notification));

        ledgerDown.FailNext();
        await ProcessTwiceAsync(harness, TestMail.Eml("Claire <claire+reply@lemonde.fr>", $"Re: Interview ? [{reference}]", "Une précision.", "interrupted-reply-2@lemonde.fr"), firstFails: true);

        var notified = sendGrid.Taken.Where(t => t.Kind == nameof(MailKind.Notification)).Skip(before).ToList();
        Assert.Equal(1, ledgerDown.Failed);
        var notification = Assert.Single(notified);
        Assert.Equal((reference, TestSettings.Spokesperson), (notification.RelatedId, notification.To));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(40_000)]
    public async Task ASendUnderAKeyAlreadyRecordedIsAnsweredAsItStandsAndNeverMadeAgain(int textLength)
    {
        using var sendGrid = new FaultySendGrid();
        await using var harness = await HarnessAsync(sendGrid, new FailingRequests(RequestMethod.Post, times: 0));
        var sends = harness.Services.Get<MailSends>();
        var mail = new OutgoingMail(MailKind.Notification, $"PIA-KEY-{textLength}", [new MailAddress(TestSettings.Spokesperson)], "Nouvelle demande", new string('x', textLength));
        var key = MailSends.KeyOf($"work{textLength}", MailKind.Notification, TestSettings.Spokesperson);

        var first = await sends.SendAsync(mail, $"first-{textLength}@media.pauseia.fr", key: key);
        var again = await sends.SendAsync(mail, $"again-{textLength}@media.pauseia.fr", key: key);

        Assert.Equal((key, MailSendState.Sent), (first.Id, first.State));
        Assert.Equal((first.Id, first.MessageId, MailSendState.Sent), (again.Id, again.MessageId, again.State));
        Assert.Single(sendGrid.Log);
        Assert.Contains($"first-{textLength}@", await harness.Services.Get<MailSendLedger>().ReadPayloadAsync(again), StringComparison.Ordinal);
    }

    private static byte[] Inquiry(string tag) =>
        TestMail.Eml($"Claire <claire+{tag}@lemonde.fr>", "Interview ?", "Bonjour, pourriez-vous répondre à quelques questions ?", $"interrupted-{tag}@lemonde.fr");

    /// <summary>The inquiries feature on Azurite, its send ledger's table behind <paramref name="fault"/>, and SendGrid as <paramref name="sendGrid"/>.</summary>
    private Task<InquiryHarness> HarnessAsync(FaultySendGrid sendGrid, FailingRequests fault)
    {
        var options = new TableClientOptions();
        options.AddPolicy(fault, HttpPipelinePosition.PerCall);
        return InquiryHarness.CreateAsync(azurite, sendGrid.Settings, configure: s =>
            s.AddKeyedSingleton(MailSendLedger.Name, (_, _) => new TableClient(azurite.ConnectionString, MailSendLedger.Name, options)));
    }

    /// <summary>
    /// Posts <paramref name="eml"/> and runs its queue message: when <paramref name="firstFails"/>, the first run must
    /// fail on storage and the message runs again, as the queue redelivers it. Answers the email's inquiry.
    /// </summary>
    private static async Task<string> ProcessTwiceAsync(InquiryHarness harness, byte[] eml, bool firstFails)
    {
        var key = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        var message = (await harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName).ReceiveMessageAsync()).Value;
        var processor = harness.Services.Get<InboundProcessor>();
        if (firstFails)
        {
            await Assert.ThrowsAsync<RequestFailedException>(() => processor.ProcessAsync(message.MessageText));
        }

        await processor.ProcessAsync(message.MessageText);
        return (await harness.ReferenceOfAsync(key, eml))!;
    }

    /// <summary>SendGrid took one acknowledgement to the journalist and one notification per member told of the inquiry.</summary>
    private static void AssertEachMailTakenOnce(FaultySendGrid sendGrid, string reference, string journalist)
    {
        var taken = sendGrid.Taken.Where(t => t.RelatedId == reference).ToList();
        var acknowledgement = Assert.Single(taken, t => t.Kind == nameof(MailKind.Acknowledgement));
        Assert.Equal(journalist, acknowledgement.To);
        var notified = taken.Where(t => t.Kind == nameof(MailKind.Notification)).Select(t => t.To).ToList();
        Assert.Contains(TestSettings.Spokesperson, notified);
        Assert.Equal(notified.Distinct(StringComparer.OrdinalIgnoreCase).Count(), notified.Count);
        Assert.Empty(sendGrid.TakenTwice);
    }
}
