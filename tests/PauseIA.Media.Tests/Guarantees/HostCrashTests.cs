using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// A host dies in the middle of a statement's fan-out: LocalHost runs as a process of its own and is killed
/// (not stopped: nothing flushed, its queue message left invisible) while SendGrid holds one of its slow batch
/// requests; another starts on the same storage. The send resumes, no finished batch goes again, and the batch
/// whose answer died with the host waits for a person instead of going twice.
/// </summary>
[Trait("Category", "Faults")]
public sealed class HostCrashTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AHostKilledMidBatchResumesOnTheSameStorageAndSendsNoFinishedBatchAgain()
    {
        using var sendGrid = new FaultySendGrid { Latency = TimeSpan.FromMilliseconds(500) };
        var settings = sendGrid.Settings;
        settings["Statements:Send:BatchSize"] = "4";
        settings["SendGrid:RequestTimeout"] = "00:00:03";
        settings["Statements:Send:Lease"] = "00:00:06";
        var tag = $"{Guid.NewGuid():N}"[..8];

        var first = await LocalHostProcess.StartAsync(azurite.ConnectionString, settings);
        string id;
        IReadOnlyList<string> emails;
        await using (first)
        {
            using var team = new PressTeam(first.SignInAsync);
            emails = await team.CreateContactsAsync(20, tag);
            id = await team.SignedOffStatementAsync(emails, tag);
            var killed = new TaskCompletionSource();
            sendGrid.OnReceived = async (_, body) =>
            {
                if (FaultySendGrid.StatementBatch(body) == 3 && !killed.Task.IsCompleted)
                {
                    await first.KillAsync();
                    killed.TrySetResult();
                }
            };
            await team.StartSendingAsync(id);
            await killed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        // The dead host held the send's queue message; the Functions host would see it again after its 10-minute
        // lease (and the scheduler after StallAfter). The test hands it back at once, as that redelivery would.
        await new QueueClient(azurite.ConnectionString, StatementSendQueue.Name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .SendMessageAsync(new StatementSendMessage(id).ToJson());
        await using var second = await LocalHostProcess.StartAsync(azurite.ConnectionString, settings);
        using var resumed = new PressTeam(second.SignInAsync);

        Assert.Equal("sending", await resumed.WaitUntilSettledAsync(id, TimeSpan.FromSeconds(60)));
        var batches = (await resumed.StatsAsync(id))["batches"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal(["sent", "sent", "unknown", "sent", "sent"], batches.Select(b => (string?)b["state"]));
        Assert.Equal([false, false, true, false, false], batches.Select(b => (bool)b["needsDecision"]!));
        Assert.All(batches, b => Assert.Equal(1, (int)b["attempts"]!));

        // SendGrid took batch 3 (its log says so, as its activity feed would): the spokesperson says it was sent.
        Assert.Single(sendGrid.Log, e => FaultySendGrid.StatementBatch(e.Body) == 3 && e.Status == 202);
        await resumed.SendAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/batches/3/resolve", new { outcome = "sent" }, HttpStatusCode.OK);
        Assert.Equal("sent", await resumed.WaitUntilSettledAsync(id, TimeSpan.FromSeconds(30)));

        var statementMail = sendGrid.Taken.Where(t => t.Kind == "Statement").ToList();
        Assert.Equal(emails.Order(StringComparer.Ordinal), statementMail.Select(t => t.To).Order(StringComparer.Ordinal));
        Assert.Empty(sendGrid.TakenTwice);
        output.WriteLine($"Host killed once mid-batch; {statementMail.Count} personalizations taken by SendGrid for {emails.Count} recipients, none twice.");
    }
}
