using Azure.Storage.Queues;
using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Queues;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Inquiries.Processing;

/// <summary>
/// What processing one email costs in storage requests, from the queue message to the
/// acknowledgement, mail sending (the outbox) and contacts (an in-memory fake here) excluded.
/// Each mail sent adds two: its record before the request leaves and its outcome after (MailSends).
/// Measured on a warm instance: its reference counter and routing rules are cached (a cold one
/// reads each once more).
/// </summary>
public sealed class InboundStorageBudgetTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ANewInquiryCostsAtMostEightRequestsAndAReplyOrAnAutoReplyAtMostSixPlusTwoForEachMailSent()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.ProcessAsync(TestMail.Eml("Warm <warm@lemonde.fr>", "Chauffe", "Bonjour", "warm@lemonde.fr"));

        var (newInquiry, reference) = await CostAsync(harness, TestMail.Eml("Claire <claire@budget.fr>", "Interview ?", "Bonjour", "budget-1@budget.fr"), "new inquiry");
        var ackId = Assert.Single(await harness.SentAsync(reference!, "acknowledgement")).Headers["Message-ID"].Trim('<', '>');
        var (reply, joined) = await CostAsync(harness, TestMail.Eml("Claire <claire@budget.fr>", $"Re: Interview ? [{reference}]", "Merci", "budget-2@budget.fr", $"In-Reply-To: <{ackId}>"), "reply");
        await harness.Services.Get<PauseIA.Media.Email.MessageIdIndex>().RegisterAsync(new("stmt-budget@media.pauseia.fr", PauseIA.Media.Email.MessageIdOwner.Statement, "stmt-budget", null));
        var (statementReply, paulsInquiry) = await CostAsync(harness, TestMail.Eml("Paul <paul@budget.fr>", "Re: Communiqué", "Question", "budget-4@budget.fr", "In-Reply-To: <stmt-budget@media.pauseia.fr>"), "new inquiry answering a statement");
        var (statementReplyAgain, _) = await CostAsync(harness, TestMail.Eml("Paul <paul@budget.fr>", "Re: Communiqué", "Autre question", "budget-5@budget.fr", "In-Reply-To: <stmt-budget@media.pauseia.fr>"), "second answer to the statement");
        var (autoReply, _) = await CostAsync(harness, TestMail.Eml("Claire <claire@budget.fr>", "Réponse automatique : Interview ?", "Absente", "budget-3@budget.fr", $"In-Reply-To: <{ackId}>", "Auto-Submitted: auto-replied"), "auto-reply");

        Assert.Equal(reference, joined);
        const int PerMail = 2;
        Assert.InRange(newInquiry, 1, 8 + (2 * PerMail)); // the acknowledgement and the spokesperson's notification
        Assert.InRange(statementReply, 1, 8 + (2 * PerMail));
        Assert.InRange(reply, 1, 6 + PerMail); // the assignee's notification
        Assert.InRange(statementReplyAgain, 1, 6 + PerMail);
        Assert.Equal(2, (await harness.Store.FindThreadAsync(paulsInquiry!))!.Messages.Count(m => m.Direction == PauseIA.Media.Inquiries.MessageDirection.Inbound));
        Assert.InRange(autoReply, 1, 6);
    }

    private async Task<(int Requests, string? Reference)> CostAsync(InquiryHarness harness, byte[] eml, string what)
    {
        var key = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        var queue = harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName);
        var message = (await queue.ReceiveMessageAsync()).Value;
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        harness.Services.Time.Advance(TimeSpan.FromSeconds(30));
        harness.Services.Requests.Reset();

        await new InboundQueueFunction(harness.Services.Get<InboundProcessor>(), harness.Services.Get<QueueFailureLog>()).Run(message.MessageText, message.DequeueCount);

        var requests = harness.Services.Requests.Requests.Where(r => !r.Contains("/outbox", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{what}: {requests.Count} requests\n  {string.Join("\n  ", requests)}");
        return (requests.Count, await harness.ReferenceOfAsync(key, eml));
    }
}
