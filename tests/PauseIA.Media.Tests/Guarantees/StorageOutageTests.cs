using Azure.Core;
using Azure.Storage.Queues;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Storage;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.EndToEnd;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// Storage fails under a running LocalHost. The webhook answers 5xx for as long as it cannot archive and queue an
/// email, so SendGrid retries it (SendGrid retries a 5xx for 72 hours and drops a 4xx); work queued before the outage
/// resumes after it; every email ends as one inquiry with one acknowledgement, and every statement recipient gets one mail.
/// </summary>
[Trait("Category", "Faults")]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AnEmailArchivedWhileItsQueueWasDownIsProcessedWhenSendGridRetriesIt()
    {
        var queue = new FailingRequests(RequestMethod.Post, times: 0, pathEnd: $"/{InboundWebhook.QueueName}/messages");
        await using var site = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions
        {
            ConfigureServices = s => s.Select(d => d.ImplementationInstance).OfType<StoragePipelinePolicies>().Last().PerCall.Add(queue),
        });
        await using var inbox = new PressInbox(site);
        using var anonymous = site.CreateClient();
        var mail = JournalistMail.Many(1, $"{Guid.NewGuid():N}"[..8])[0];

        queue.FailNext();
        var refused = await mail.PostAsync(anonymous);
        var retried = await mail.PostAsync(anonymous);
        await inbox.WaitUntilProcessedAsync();

        Assert.Equal(1, queue.Failed);
        Assert.InRange(refused, 500, 599);
        Assert.Equal(200, retried);
        var record = await inbox.InboundRecordAsync(mail.MessageId);
        Assert.Equal("inquiry", record.GetProperty("kind").GetString());
        Assert.Single(await inbox.SentAsync("Acknowledgement", record.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task StorageStoppedMidFlowLosesNothingAndDoublesNothing()
    {
        using var sendGrid = new FaultySendGrid { RetryAfter = 6 };
        sendGrid.Decide = (_, body) => FaultySendGrid.StatementBatch(body) == 2 && sendGrid.Log.All(e => FaultySendGrid.StatementBatch(e.Body) != 2) ? SendGridFault.Throttle : SendGridFault.None;
        var settings = sendGrid.Settings;
        settings["Statements:Send:BatchSize"] = "3";
        settings["Statements:Send:MaxInlineDelay"] = "00:00:00";
        await using var site = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { StorageOnDisk = true, Settings = settings });
        using var team = new PressTeam(site.SignInAsync);
        using var anonymous = site.CreateClient();
        var tag = $"{Guid.NewGuid():N}"[..8];
        var mails = JournalistMail.Many(30, tag);
        var (before, during) = (mails.Take(20).ToList(), mails.Skip(20).ToList());

        // Before: 20 emails and 5 of SendGrid's repeats are in; a statement's second batch was throttled and waits on its queue.
        var beforeAnswers = await Task.WhenAll(before.Concat(before.Take(5)).Select(m => m.PostAsync(anonymous)));
        var recipients = await team.CreateContactsAsync(9, tag);
        var statement = await team.SignedOffStatementAsync(recipients, tag);
        await team.StartSendingAsync(statement);
        await WaitUntilAsync(async () => (await team.StatsAsync(statement))["batches"]!.AsArray() is { Count: 3 } b
            && (string?)b[1]!["state"] == "planned" && (int)b[1]!["attempts"]! == 1
            && await CountAsync(site, StatementSendQueue.Name) == 1);
        await site.WaitForQueueToDrainAsync(InboundWebhook.QueueName, TimeSpan.FromSeconds(60));

        // During: every post is refused with a 5xx, the 10 new emails and 2 repeats alike, once the storage client has
        // retried for about 25 s; the send's wait runs out meanwhile.
        var duringAnswers = await site.WithStorageDownAsync(() => Task.WhenAll(during.Concat(before.Take(2)).Select(m => m.PostAsync(anonymous))));

        // After: SendGrid retries what it was refused; the queued send and the new emails are processed.
        var afterAnswers = await Task.WhenAll(during.Concat(before.Take(2)).Select(m => m.PostAsync(anonymous)));
        await site.WaitForQueueToDrainAsync(InboundWebhook.QueueName, TimeSpan.FromSeconds(60));
        Assert.Equal("sent", await team.WaitUntilSettledAsync(statement, TimeSpan.FromSeconds(60)));

        Assert.All(beforeAnswers.Concat(afterAnswers), status => Assert.Equal(200, status));
        Assert.All(duringAnswers, status => Assert.InRange(status, 500, 599));
        await using var inbox = new PressInbox(site);
        var references = new List<string>();
        foreach (var mail in mails)
        {
            var record = await inbox.InboundRecordAsync(mail.MessageId);
            Assert.Equal("inquiry", record.GetProperty("kind").GetString());
            references.Add(record.GetProperty("reference").GetString()!);
        }

        Assert.Equal(mails.Count, references.Distinct().Count());
        var acknowledged = sendGrid.Taken.Where(t => t.Kind == "Acknowledgement").Select(t => t.To).Order(StringComparer.Ordinal);
        Assert.Equal(mails.Select(m => m.Sender).Order(StringComparer.Ordinal), acknowledged);
        Assert.Equal(recipients.Order(StringComparer.Ordinal), sendGrid.Taken.Where(t => t.Kind == "Statement").Select(t => t.To).Order(StringComparer.Ordinal));
        Assert.Empty(sendGrid.TakenTwice);
        Assert.Equal([1, 2, 1], (await team.StatsAsync(statement))["batches"]!.AsArray().Select(b => (int)b!["attempts"]!));
        output.WriteLine($"Storage down once: {duringAnswers.Length} posts answered 5xx then retried; {mails.Count} emails ({beforeAnswers.Length + duringAnswers.Length + afterAnswers.Length} posts) gave {references.Count} inquiries and {acknowledged.Count()} acknowledgements; {recipients.Count} statement recipients, each mailed once.");
    }

    private static async Task<int> CountAsync(LocalHostFixture site, string queue) =>
        (await new QueueClient(site.StorageConnectionString, queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 60 s.");
            await Task.Delay(200);
        }
    }
}
