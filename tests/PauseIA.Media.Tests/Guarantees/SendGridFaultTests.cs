using System.Net;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// SendGrid misbehaves under a running LocalHost: it throttles (429 with <c>Retry-After</c>), fails (500), refuses
/// (400) or answers after the client gave up (a hang past the request timeout), for chosen requests and for a
/// seeded random share of the rest. Every mail is in the end taken by SendGrid once, or flagged for a person, who
/// decides from SendGrid's activity; none is taken twice. Counted from WireMock's request log.
/// </summary>
[Trait("Category", "Faults")]
public sealed class SendGridFaultTests(ITestOutputHelper output)
{
    private const int Seed = 20261204;

    [Fact]
    public async Task StatementBatchesMeetingThrottlingErrorsRefusalsAndTimeoutsAreEachTakenOnceOrLeftToAPerson()
    {
        var random = new Random(Seed);
        var faults = new[] { SendGridFault.Throttle, SendGridFault.ServerError, SendGridFault.Hang };
        var firstAttempts = new Dictionary<int, SendGridFault>
        {
            [1] = SendGridFault.Throttle,
            [2] = SendGridFault.ServerError,
            [3] = SendGridFault.Hang,
            [4] = SendGridFault.Refuse,
        };
        var tried = new HashSet<int>();
        using var sendGrid = new FaultySendGrid { Hang = TimeSpan.FromSeconds(4) };
        sendGrid.Decide = (_, body) =>
        {
            if (FaultySendGrid.StatementBatch(body) is not (> 0 and var batch))
            {
                return SendGridFault.None;
            }

            lock (tried)
            {
                return tried.Add(batch) && firstAttempts.TryGetValue(batch, out var chosen) ? chosen
                    : random.NextDouble() < 0.3 ? faults[random.Next(faults.Length)]
                    : SendGridFault.None;
            }
        };
        var settings = sendGrid.Settings;
        settings["Statements:Send:BatchSize"] = "5";
        settings["SendGrid:RequestTimeout"] = "00:00:02";
        settings["Statements:Send:Lease"] = "00:00:05";
        settings["Statements:Send:RetryBaseDelay"] = "00:00:01";
        await using var site = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { Settings = settings });
        using var team = new PressTeam(site.SignInAsync);
        var tag = $"{Guid.NewGuid():N}"[..8];
        var recipients = await team.CreateContactsAsync(40, tag);
        var id = await team.SignedOffStatementAsync(recipients, tag);

        await team.StartSendingAsync(id);
        var decisions = new List<(int Batch, string State, string Outcome)>();
        while (await team.WaitUntilSettledAsync(id, TimeSpan.FromSeconds(90)) != "sent")
        {
            // What a person does with a batch left to them: SendGrid's activity feed (here its request log, once every
            // request has its answer) says whether it took an unknown one; a refused one is sent again once its cause is fixed.
            await sendGrid.WaitUntilAnsweredAsync();
            foreach (var batch in (await team.StatsAsync(id))["batches"]!.AsArray().Select(b => b!.AsObject()).Where(b => (bool)b["needsDecision"]!))
            {
                var number = (int)batch["number"]!;
                var state = (string)batch["state"]!;
                Assert.False(string.IsNullOrEmpty((string?)batch["error"]), $"Batch {number} is {state} without saying why.");
                var outcome = state == "unknown" && sendGrid.Log.Any(e => FaultySendGrid.StatementBatch(e.Body) == number && e.Status == 202) ? "sent" : "resend";
                await team.SendAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/batches/{number}/resolve", new { outcome }, HttpStatusCode.OK);
                decisions.Add((number, state, outcome));
            }
        }

        var taken = sendGrid.Taken.Where(t => t.Kind == "Statement").ToList();
        Assert.Equal(recipients.Order(StringComparer.Ordinal), taken.Select(t => t.To).Order(StringComparer.Ordinal));
        Assert.Empty(sendGrid.TakenTwice);
        Assert.Contains(decisions, d => d is { Batch: 3, State: "unknown", Outcome: "sent" });
        Assert.Contains(decisions, d => d is { Batch: 4, State: "failed", Outcome: "resend" });

        // Every batch left to a person was said so in a report mail to the spokesperson.
        var reports = sendGrid.Taken.Count(t => t.Kind == "Notification" && t.To == TestSettings.Spokesperson);
        Assert.True(reports >= decisions.Count, $"{decisions.Count} decisions, {reports} reports.");

        var injected = sendGrid.Injected;
        output.WriteLine(
            $"Statement of {recipients.Count} recipients in {recipients.Count / 5} batches, {sendGrid.Log.Count(e => FaultySendGrid.StatementBatch(e.Body) > 0)} batch requests " +
            $"(seed {Seed}); faults injected over all requests: {string.Join(", ", injected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}; " +
            $"{decisions.Count} batches left to a person ({string.Join(", ", decisions.Select(d => $"{d.Batch}: {d.State} → {d.Outcome}"))}); " +
            $"{taken.Count} personalizations taken for {recipients.Count} recipients, {sendGrid.TakenTwice.Count} twice.");
    }
}
