using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>Sending in batches: one request per batch of personalizations, retries that never send twice, and batches that need a decision.</summary>
public sealed class BatchSenderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ASegmentOf2500IsSentInThreeRequestsWithAPersonalOneClickUnsubscribeEach()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"national{Guid.NewGuid():N}"[..20];
        var emails = host.Contacts.AddSegment(segment, 2500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));

        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.Equal([1000, 1000, 500], stub.Attempts.Select(r => r["personalizations"]!.AsArray().Count));
        Assert.Equal(emails.Order(StringComparer.Ordinal), stub.AcceptedRecipients.Order(StringComparer.Ordinal));
        Assert.All(stub.AuthorizationHeaders, h => Assert.Equal("Bearer SG.test-key", h));

        var tokens = host.Get<UnsubscribeTokens>();
        for (var batch = 0; batch < 3; batch++)
        {
            var request = stub.Attempts[batch];
            Assert.Equal("presse@pauseia.fr", (string?)request["from"]!["email"]);
            Assert.Contains("Pause IA demande un traité international", (string?)request["subject"], StringComparison.Ordinal);
            Assert.Equal("Statement", (string?)request["custom_args"]!["kind"]);
            Assert.Equal(id, (string?)request["custom_args"]!["relatedId"]);
            Assert.Equal(["statement", "PressRelease"], request["categories"]!.AsArray().Select(c => (string?)c));
            Assert.Equal(["text/plain", "text/html"], request["content"]!.AsArray().Select(c => (string?)c!["type"]));
            Assert.All(request["content"]!.AsArray(), c => Assert.Contains(StatementMessageBuilder.UnsubscribePlaceholder, (string?)c!["value"], StringComparison.Ordinal));
            Assert.False((bool?)request["tracking_settings"]!["subscription_tracking"]!["enable"]);

            foreach (var p in request["personalizations"]!.AsArray().Select(p => p!.AsObject()))
            {
                var to = (string)p["to"]![0]!["email"]!;
                var url = (string)p["substitutions"]![StatementMessageBuilder.UnsubscribePlaceholder]!;
                Assert.StartsWith("http://127.0.0.1:7071/api/unsubscribe?token=", url, StringComparison.Ordinal);
                Assert.Equal($"<{url}>, <mailto:presse@pauseia.fr?subject=unsubscribe>", (string?)p["headers"]!["List-Unsubscribe"]);
                Assert.Equal("List-Unsubscribe=One-Click", (string?)p["headers"]!["List-Unsubscribe-Post"]);
                Assert.EndsWith("@media.pauseia.fr>", (string?)p["headers"]!["Message-ID"], StringComparison.Ordinal);
                Assert.Equal(id, (string?)p["custom_args"]!["statementId"]);
                Assert.Equal(to, (string?)p["custom_args"]!["contact"]);
                Assert.Equal($"{batch + 1}", (string?)p["custom_args"]!["batch"]);
                Assert.Equal(new UnsubscribeToken(id, to), tokens.Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..]));
            }
        }

        var first = stub.Attempts[0]["personalizations"]![0]!;
        var indexed = await host.Get<MessageIdIndex>().FindAsync((string)first["headers"]!["Message-ID"]!);
        Assert.Equal(new MessageIdEntry(indexed!.MessageId, MessageIdOwner.Statement, id, (string?)first["to"]![0]!["email"]), indexed);

        var statement = await host.StatementAsync(id);
        Assert.Equal(StatementState.Sent, statement.State);
        // Timelines learn of it from SendGrid's "processed" events, one per recipient: the send writes per batch.
        Assert.DoesNotContain(host.Contacts.Activities, a => a.Activity.RelatedId == id);
        var report = await host.Get<StatementSendReports>().GetAsync(id);
        Assert.Equal(["sg-1", "sg-2", "sg-3"], report.Batches.Select(b => b.ProviderMessageId));
        Assert.All(report.Batches, b => Assert.Equal(BatchState.Sent, b.State));
    }

    [Fact]
    public async Task ThrottlingServerErrorsAndACrashMidwayStillGiveEveryRecipientExactlyOneMessage()
    {
        using var stub = new SendGridStub();
        stub.Then(429, retryAfter: "7").Then(202).Then(500);
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"crash{Guid.NewGuid():N}"[..20];
        var emails = host.Contacts.AddSegment(segment, 2500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        var ledger = host.Get<SendLedger>();

        // Run 1: SendGrid throttles batch 1; the run stops and the message comes back after Retry-After.
        await host.RunSendAsync(id);
        var throttled = (await ledger.GetBatchAsync(id, 1))!.Batch;
        Assert.Equal((BatchState.Planned, 1, "SendGrid 429"), (throttled.State, throttled.Attempts, throttled.Error));
        Assert.Equal(host.Services.Time.GetUtcNow().AddSeconds(7), throttled.NotBefore);

        // Run 2 is "killed" right after SendGrid accepts batch 1.
        host.Services.Time.Advance(TimeSpan.FromSeconds(7));
        using var crash = new CancellationTokenSource();
        stub.OnAccepted = _ => crash.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.RunSendAsync(id, crash.Token));
        stub.OnAccepted = null;
        Assert.Equal(BatchState.Sent, (await ledger.GetBatchAsync(id, 1))!.Batch.State);
        Assert.Equal(BatchState.Planned, (await ledger.GetBatchAsync(id, 2))!.Batch.State);

        // Run 3, the redelivered message: batch 1 is done; batch 2 meets a 500 and waits its backoff.
        await host.RunSendAsync(id);
        var failedOnce = (await ledger.GetBatchAsync(id, 2))!.Batch;
        Assert.Equal(host.Services.Time.GetUtcNow().AddSeconds(2), failedOnce.NotBefore);

        // Run 4 finishes.
        host.Services.Time.Advance(TimeSpan.FromSeconds(2));
        await host.RunSendAsync(id);

        Assert.Equal(5, stub.Attempts.Count);
        Assert.Equal(3, stub.Accepted.Count);
        Assert.Equal(2500, stub.AcceptedRecipients.Count);
        Assert.Equal(emails.Order(StringComparer.Ordinal), stub.AcceptedRecipients.Order(StringComparer.Ordinal));
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
        Assert.Equal([2, 2, 1], (await ledger.ListBatchesAsync(id)).Select(b => b.Batch.Attempts));

        // A late duplicate of the message changes nothing.
        await host.RunSendAsync(id);
        Assert.Equal(5, stub.Attempts.Count);
    }

    [Fact]
    public async Task ABatchWhoseOutcomeIsUnknownIsNeverResentWithoutADecision()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings, configure: s =>
            s.Configure<HttpClientFactoryOptions>(EmailServiceCollectionExtensions.SendGridHttpClient, o => o.HttpClientActions.Add(c => c.Timeout = TimeSpan.FromSeconds(1))));
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(4)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        stub.ThenHang(TimeSpan.FromSeconds(3));

        await host.RunSendAsync(id);
        await host.RunSendAsync(id);

        var batch = (await host.Get<SendLedger>().GetBatchAsync(id, 1))!.Batch;
        Assert.Equal(BatchState.Unknown, batch.State);
        Assert.Single(await stub.AttemptsWhenAnsweredAsync());
        Assert.Equal(StatementState.Sending, (await host.StatementAsync(id)).State);
        Assert.Contains(await host.Get<StatementTimeline>().ListAsync(id), e => e.Kind == StatementEventKind.BatchUnknown);

        var byOfficer = await host.Services.CallAsync<StatementSendFunctions>(host.PressOfficer.Email, (f, r) => f.ResolveBatch(r, id, 1), body: new { outcome = "sent" });
        var resolved = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.ResolveBatch(r, id, 1), body: new { outcome = "sent" });
        await host.RunSendAsync(id);

        Assert.Equal(403, byOfficer.Status);
        Assert.Equal("sent", (string?)resolved.Json!["state"]);
        Assert.Single(stub.Attempts);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task AFailedBatchCanBeResentOnDecision()
    {
        using var stub = new SendGridStub();
        stub.Then(400);
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);
        Assert.Equal(BatchState.Failed, (await host.Get<SendLedger>().GetBatchAsync(id, 1))!.Batch.State);

        var confirmSent = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.ResolveBatch(r, id, 1), body: new { outcome = "sent" });
        var noOutcome = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.ResolveBatch(r, id, 1), body: new { });
        var noBatch = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.ResolveBatch(r, id, 9), body: new { outcome = "resend" });
        var resend = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.ResolveBatch(r, id, 1), body: new { outcome = "resend" });
        await host.RunSendAsync(id);

        Assert.Equal(409, confirmSent.Status);
        Assert.Equal(400, noOutcome.Status);
        Assert.Equal(404, noBatch.Status);
        Assert.Equal("planned", (string?)resend.Json!["state"]);
        Assert.Equal(2, stub.Attempts.Count);
        Assert.Equal(2, stub.AcceptedRecipients.Count);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task ABatchLeftSendingByADeadRunIsNotResentAfterItsLease()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"lease{Guid.NewGuid():N}"[..16];
        host.Contacts.AddSegment(segment, 1500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.Get<SendPlanner>().PlanAsync(await host.StatementAsync(id));
        var ledger = host.Get<SendLedger>();
        var first = (await ledger.GetBatchAsync(id, 1))!;
        await ledger.TryReplaceAsync(id, first, first.Batch with { State = BatchState.Sending, Attempts = 1, LeaseUntil = host.Services.Time.GetUtcNow().AddMinutes(5) });

        await host.RunSendAsync(id);
        Assert.Empty(stub.Attempts);

        host.Services.Time.Advance(TimeSpan.FromMinutes(6));
        await host.RunSendAsync(id);

        Assert.Equal(BatchState.Unknown, (await ledger.GetBatchAsync(id, 1))!.Batch.State);
        Assert.Equal([500], stub.Attempts.Select(r => r["personalizations"]!.AsArray().Count));
        Assert.Equal(StatementState.Sending, (await host.StatementAsync(id)).State);
    }
}
