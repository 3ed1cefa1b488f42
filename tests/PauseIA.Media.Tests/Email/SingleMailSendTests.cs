using Azure.Storage.Queues;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.Processing;
using PauseIA.Media.Tests.Statements;

namespace PauseIA.Media.Tests.Email;

/// <summary>
/// A single mail (acknowledgement, reply, notification) leaves at most once (issue 9, defect 4): one
/// request per attempt and no transport retry, each send recorded with its outcome, a temporary
/// refusal retried by a bounded queue, and an unknown outcome left to a person.
/// </summary>
public sealed class SingleMailSendTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static async Task<InquiryHarness> HarnessAsync(AzuriteFixture azurite, SendGridStub stub) =>
        await InquiryHarness.CreateAsync(azurite, stub.Settings);

    private static Task<InquiryHarness> HangingHarnessAsync(AzuriteFixture azurite, SendGridStub stub)
    {
        var settings = stub.Settings;
        settings["SendGrid:RequestTimeout"] = "00:00:01";
        return InquiryHarness.CreateAsync(azurite, settings);
    }

    private static byte[] Inquiry(string tag) => TestMail.Eml($"Claire <claire+{tag}@lemonde.fr>", "Question", "Bonjour", $"single-{tag}@lemonde.fr");

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task AnAcknowledgementSendGridDidNotTakeIsTriedOnceThenByTheQueueAndLeavesOnce(int status)
    {
        using var stub = new SendGridStub(nameof(MailKind.Acknowledgement)).Then(status, "1");
        await using var harness = await HarnessAsync(azurite, stub);

        var reference = await harness.ProcessAsync(Inquiry($"deferred{status}"));

        Assert.Single(stub.Attempts);
        var send = Assert.Single(await harness.Services.Get<MailSends>().ForAsync(reference!), s => s.Kind == MailKind.Acknowledgement);
        Assert.Equal(MailSendState.Deferred, send.State);
        Assert.False(send.NeedsDecision);

        await RetryQueuedAsync(harness, expected: 1);

        Assert.Equal(2, stub.Attempts.Count);
        Assert.Single(stub.Accepted);
        Assert.Equal(stub.Attempts[0]["personalizations"]![0]!["headers"]!["Message-ID"]!.ToString(), stub.Accepted[0]["personalizations"]![0]!["headers"]!["Message-ID"]!.ToString());
        Assert.Equal(MailSendState.Sent, (await harness.Services.Get<MailSends>().GetAsync(send.RelatedId, send.Id))!.State);
    }

    [Fact]
    public async Task ATemporaryRefusalIsRetriedABoundedNumberOfTimesThenLeftToAPerson()
    {
        using var stub = new SendGridStub(nameof(MailKind.Acknowledgement));
        for (var i = 0; i < 10; i++)
        {
            stub.Then(503, "0");
        }

        await using var harness = await HarnessAsync(azurite, stub);
        var reference = await harness.ProcessAsync(Inquiry("exhausted"));

        await RetryQueuedAsync(harness, expected: MailSends.MaxAttempts - 1);

        Assert.Equal(MailSends.MaxAttempts, stub.Attempts.Count);
        var send = Assert.Single(await harness.Services.Get<MailSends>().ForAsync(reference!), s => s.Kind == MailKind.Acknowledgement);
        Assert.Equal(MailSendState.Refused, send.State);
        Assert.True(send.NeedsDecision);
        Assert.Contains(await harness.Services.Get<MailSends>().NeedingDecisionAsync(), s => s.Id == send.Id);
    }

    [Fact]
    public async Task AnAcknowledgementWhoseAnswerNeverCameIsAttemptedOnceAndAwaitsADecision()
    {
        using var stub = new SendGridStub(nameof(MailKind.Acknowledgement)).ThenHang(TimeSpan.FromSeconds(3));
        await using var harness = await HangingHarnessAsync(azurite, stub);

        var reference = await harness.ProcessAsync(Inquiry("unknown"));

        Assert.Single(await stub.AttemptsWhenAnsweredAsync());
        var send = Assert.Single(await harness.Services.Get<MailSends>().NeedingDecisionAsync(), s => s.RelatedId == reference);
        Assert.Equal((MailSendState.Unknown, MailKind.Acknowledgement), (send.State, send.Kind));
        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Problem && e.Text.Contains("inconnue", StringComparison.Ordinal));
        Assert.DoesNotContain(thread.Events, e => e.Text.Contains("n'a pas pu être envoyé", StringComparison.Ordinal));
        Assert.Empty(harness.Services.GetKeyed<QueueClient>(MailSendQueue.Name).PeekMessages().Value);
    }

    [Fact]
    public async Task AReplySendGridRefusedTellsThePersonThatNothingLeftAndIsNotRetried()
    {
        using var stub = new SendGridStub(nameof(MailKind.InquiryReply)).Then(500);
        await using var harness = await HarnessAsync(azurite, stub);
        var reference = await harness.ProcessAsync(Inquiry("replyrefused"));

        var error = await Assert.ThrowsAsync<PauseIA.Media.Common.DomainException>(() => Reply(harness, reference!));

        Assert.Contains("rien n'a été envoyé", error.Message, StringComparison.Ordinal);
        Assert.Single(stub.Attempts);
        var send = Assert.Single(await harness.Services.Get<MailSends>().ForAsync(reference!), s => s.Kind == MailKind.InquiryReply);
        Assert.Equal(MailSendState.Refused, send.State);
        Assert.False(send.NeedsDecision);
        Assert.Empty(harness.Services.GetKeyed<QueueClient>(MailSendQueue.Name).PeekMessages().Value);
    }

    [Fact]
    public async Task AReplyWhoseAnswerNeverCameIsShownAsUnknownInTheInquiryAndNeverAsNothingSent()
    {
        using var stub = new SendGridStub(nameof(MailKind.InquiryReply)).ThenHang(TimeSpan.FromSeconds(3));
        await using var harness = await HangingHarnessAsync(azurite, stub);
        var reference = await harness.ProcessAsync(Inquiry("replyunknown"));

        var view = await Reply(harness, reference!);

        Assert.Single(await stub.AttemptsWhenAnsweredAsync());
        var pending = Assert.Single(view.Sends);
        Assert.Equal((MailSendState.Unknown, MailKind.InquiryReply, true), (pending.State, pending.Kind, pending.NeedsDecision));
        Assert.Contains(view.Messages, m => m.Kind == InquiryMessageKind.Reply && m.Problems.Any(p => p.Contains("inconnue", StringComparison.Ordinal)));
        Assert.Contains(view.Timeline, e => e.Kind == InquiryEventKind.Problem && e.Text.Contains("inconnue", StringComparison.Ordinal));
        Assert.NotEqual(InquiryStatus.Answered, view.Status);
    }

    [Fact]
    public async Task APersonMarksAnUnknownSendSentOrResendsItWithTheSameMessageId()
    {
        using var stub = new SendGridStub(nameof(MailKind.Acknowledgement)).ThenHang(TimeSpan.FromSeconds(3));
        await using var harness = await HangingHarnessAsync(azurite, stub);
        var sends = harness.Services.Get<MailSends>();
        var admin = harness.Services.Get<TeamDirectory>().Find(TestSettings.Admin)!;
        var first = await harness.ProcessAsync(Inquiry("decide1"));
        var unknown = Assert.Single(await sends.ForAsync(first!), s => s.Kind == MailKind.Acknowledgement);

        var resent = await sends.ResolveAsync(admin, unknown.RelatedId, unknown.Id, new MailSendResolutionRequest(MailSendResolution.Resend));

        Assert.Equal(MailSendState.Sent, resent.State);
        Assert.Equal(2, (await stub.AttemptsWhenAnsweredAsync()).Count);
        Assert.Equal(stub.Attempts[0]["personalizations"]![0]!["headers"]!["Message-ID"]!.ToString(), stub.Attempts[1]["personalizations"]![0]!["headers"]!["Message-ID"]!.ToString());
        Assert.DoesNotContain(await sends.NeedingDecisionAsync(), s => s.Id == unknown.Id);
        var again = await Assert.ThrowsAsync<PauseIA.Media.Common.DomainException>(() => sends.ResolveAsync(admin, unknown.RelatedId, unknown.Id, new MailSendResolutionRequest(MailSendResolution.Resend)));
        Assert.Equal(PauseIA.Media.Common.DomainErrorKind.Conflict, again.Kind);

        stub.ThenHang(TimeSpan.FromSeconds(3));
        var second = await harness.ProcessAsync(Inquiry("decide2"));
        var other = Assert.Single(await sends.ForAsync(second!), s => s.Kind == MailKind.Acknowledgement);
        var marked = await sends.ResolveAsync(admin, other.RelatedId, other.Id, new MailSendResolutionRequest(MailSendResolution.Sent));

        Assert.Equal((MailSendState.Sent, TestSettings.Admin), (marked.State, marked.ResolvedBy));
        Assert.Equal(3, (await stub.AttemptsWhenAnsweredAsync()).Count);
    }

    [Fact]
    public async Task OnlyAnAdminOrTheSpokespersonDecides()
    {
        using var stub = new SendGridStub(nameof(MailKind.Acknowledgement)).ThenHang(TimeSpan.FromSeconds(3));
        await using var harness = await HangingHarnessAsync(azurite, stub);
        var reference = await harness.ProcessAsync(Inquiry("roles"));
        var unknown = Assert.Single(await harness.Services.Get<MailSends>().ForAsync(reference!), s => s.Kind == MailKind.Acknowledgement);
        var lead = harness.Services.Get<TeamDirectory>().Find(TestSettings.LyonLead)!;

        var refusal = await Assert.ThrowsAsync<PauseIA.Media.Common.DomainException>(() =>
            harness.Services.Get<MailSends>().ResolveAsync(lead, unknown.RelatedId, unknown.Id, new MailSendResolutionRequest(MailSendResolution.Sent)));

        Assert.Equal(PauseIA.Media.Common.DomainErrorKind.Forbidden, refusal.Kind);
        Assert.Single(await stub.AttemptsWhenAnsweredAsync());
    }

    /// <summary>Runs the queue function on each retry message once it is visible (Retry-After), as the hosts do.</summary>
    private static async Task RetryQueuedAsync(InquiryHarness harness, int expected)
    {
        var queue = harness.Services.GetKeyed<QueueClient>(MailSendQueue.Name);
        var function = new PauseIA.Media.Functions.Email.MailSendFunctions(harness.Services.Get<MailSends>(), harness.Services.Get<PauseIA.Media.Queues.QueueFailureLog>());
        var done = 0;
        var until = DateTime.UtcNow.AddSeconds(30);
        while (done < expected && DateTime.UtcNow < until)
        {
            var messages = (await queue.ReceiveMessagesAsync(8)).Value;
            foreach (var message in messages)
            {
                await function.Retry(message.MessageText, message.DequeueCount, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                done++;
            }

            if (messages.Length == 0)
            {
                await Task.Delay(200);
            }
        }

        Assert.Equal(expected, done);
        await Task.Delay(300);
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
    }

    private static Task<InquiryView> Reply(InquiryHarness harness, string reference) =>
        harness.Services.Get<InquiryCommands>().ReplyAsync(harness.Services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!, reference, new ReplyToInquiry("Bonjour, volontiers."), null);
}
