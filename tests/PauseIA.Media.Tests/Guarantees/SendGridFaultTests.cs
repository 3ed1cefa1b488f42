using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.EndToEnd;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// SendGrid misbehaves under a running LocalHost: it throttles (429 with <c>Retry-After</c>), fails (500), refuses
/// (400) or answers after the client gave up (a hang past the request timeout), for chosen requests and for a
/// seeded random share of the rest. Every mail is in the end taken by SendGrid once, or flagged for a person, who
/// decides from SendGrid's activity; none is taken twice. Counted from WireMock's request log.
/// </summary>
[Trait("Category", "Faults")]
public sealed class SendGridFaultTests(SendGridFaultSite fixture, ITestOutputHelper output) : IClassFixture<SendGridFaultSite>
{
    private const int Seed = 20261204;

    private static readonly SendGridFault[] Transient = [SendGridFault.Throttle, SendGridFault.ServerError, SendGridFault.Hang];

    [Fact]
    public async Task AcknowledgementsAndNotificationsMeetingThrottlingErrorsRefusalsAndTimeoutsEachLeaveOnceOrWaitForAPerson()
    {
        var sendGrid = fixture.SendGrid;
        var site = fixture;
        var random = new Random(Seed);
        SendGridFault[] chosen = [SendGridFault.Throttle, SendGridFault.ServerError, SendGridFault.Hang, SendGridFault.Refuse];
        var tried = new HashSet<string>();
        sendGrid.Reset((_, body) =>
        {
            if (FaultySendGrid.Kind(body) is not (nameof(MailKind.Acknowledgement) or nameof(MailKind.Notification)))
            {
                return SendGridFault.None;
            }

            // The first attempts of the first four mails meet each fault once; then a seeded 30 % of every request.
            lock (tried)
            {
                return tried.Add(FaultySendGrid.MessageId(body)) && tried.Count <= chosen.Length ? chosen[tried.Count - 1]
                    : random.NextDouble() < 0.3 ? Transient[random.Next(Transient.Length)]
                    : SendGridFault.None;
            }
        });
        await using var inbox = new PressInbox(site);
        using var team = new PressTeam(site.SignInAsync);
        using var anonymous = site.CreateClient();
        var mails = JournalistMail.Many(30, $"{Guid.NewGuid():N}"[..8]);

        // 30 journalists write at once, 5 of their emails twice (SendGrid's retries and twin deliveries).
        var answers = await Task.WhenAll(mails.Concat(mails.Take(5)).Select(m => m.PostAsync(anonymous)));
        Assert.All(answers, status => Assert.Equal(200, status));
        await inbox.WaitUntilProcessedAsync();
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mail in mails)
        {
            references.Add((await inbox.InboundRecordAsync(mail.MessageId)).GetProperty("reference").GetString()!);
        }

        // What a person does with a mail left to them, under "Envois à vérifier": SendGrid's activity feed (here its
        // request log, once every request has its answer) says whether it took an unknown one; a refused one is sent again.
        var decisions = new List<(string Kind, string State, string Outcome)>();
        for (var round = 0; ; round++)
        {
            await site.WaitForQueueToDrainAsync(MailSendQueue.Name, TimeSpan.FromSeconds(120));
            await sendGrid.WaitUntilAnsweredAsync();
            var waiting = (await team.ListAsync(TestSettings.Spokesperson, "/api/mail/sends")).Where(s => references.Contains((string)s["relatedId"]!)).ToList();
            if (waiting.Count == 0)
            {
                break;
            }

            Assert.True(round < 10, $"Mail still waits for a person after {round} rounds of decisions.");
            foreach (var send in waiting)
            {
                var state = (string)send["state"]!;
                Assert.False(string.IsNullOrEmpty((string?)send["error"]), $"Send {send["id"]} is {state} without saying why.");
                var messageId = (string)send["messageId"]!;
                var tookIt = sendGrid.Log.Any(e => e.Status == 202 && FaultySendGrid.MessageId(e.Body).Trim('<', '>') == messageId);
                var outcome = state == "unknown" && tookIt ? "sent" : "resend";
                await team.SendAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/mail/sends/{send["relatedId"]}/{send["id"]}/resolve", new { outcome }, HttpStatusCode.OK);
                decisions.Add(((string)send["kind"]!, state, outcome));
            }
        }

        Assert.Equal(mails.Count, references.Count);
        var taken = sendGrid.Taken.Where(t => references.Contains(t.RelatedId)).ToList();
        Assert.Equal(mails.Select(m => m.Sender).Order(StringComparer.Ordinal), taken.Where(t => t.Kind == nameof(MailKind.Acknowledgement)).Select(t => t.To).Order(StringComparer.Ordinal));
        var notifications = taken.Where(t => t.Kind == nameof(MailKind.Notification)).ToList();
        Assert.Equal(references.Order(StringComparer.Ordinal), notifications.Select(t => t.RelatedId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(notifications.GroupBy(t => (t.RelatedId, t.To)), g => Assert.Single(g));
        Assert.Empty(sendGrid.TakenTwice);
        Assert.Contains(decisions, d => d is { State: "unknown", Outcome: "sent" });
        Assert.Contains(decisions, d => d is { State: "refused", Outcome: "resend" });

        // The send ledger agrees with SendGrid: every mail of every inquiry is recorded once, as sent, and no inquiry
        // shows one still waiting.
        var ledger = site.Services.GetRequiredService<MailSends>();
        foreach (var reference in references)
        {
            var recorded = await ledger.ForAsync(reference);
            Assert.All(recorded, s => Assert.Equal(MailSendState.Sent, s.State));
            Assert.Equal(taken.Count(t => t.RelatedId == reference), recorded.Count);
            Assert.Empty((await inbox.InquiryAsync(reference)).GetProperty("sends").EnumerateArray());
        }

        output.WriteLine(
            $"{mails.Count} inquiries ({answers.Length} posts), {taken.Count} mails taken by SendGrid, none twice, in {sendGrid.Log.Count} requests (seed {Seed}); " +
            $"answers: {Describe(sendGrid.Injected)}; {decisions.Count} left to a person ({string.Join(", ", decisions.GroupBy(d => $"{d.Kind} {d.State} → {d.Outcome}").Select(g => $"{g.Count()} {g.Key}"))}).");
    }

    [Fact]
    public async Task StatementBatchesMeetingThrottlingErrorsRefusalsAndTimeoutsAreEachTakenOnceOrLeftToAPerson()
    {
        var sendGrid = fixture.SendGrid;
        var random = new Random(Seed);
        var firstAttempts = new Dictionary<int, SendGridFault>
        {
            [1] = SendGridFault.Throttle,
            [2] = SendGridFault.ServerError,
            [3] = SendGridFault.Hang,
            [4] = SendGridFault.Refuse,
        };
        var tried = new HashSet<int>();
        sendGrid.Reset((_, body) =>
        {
            if (FaultySendGrid.StatementBatch(body) is not (> 0 and var batch))
            {
                return SendGridFault.None;
            }

            lock (tried)
            {
                return tried.Add(batch) && firstAttempts.TryGetValue(batch, out var chosen) ? chosen
                    : random.NextDouble() < 0.3 ? Transient[random.Next(Transient.Length)]
                    : SendGridFault.None;
            }
        });
        using var team = new PressTeam(fixture.SignInAsync);
        var tag = $"{Guid.NewGuid():N}"[..8];
        var recipients = await team.CreateContactsAsync(40, tag);
        var id = await team.SignedOffStatementAsync(recipients, tag);

        await team.StartSendingAsync(id);
        var decisions = new List<(int Batch, string State, string Outcome)>();
        while (await team.WaitUntilSettledAsync(id, TimeSpan.FromSeconds(90)) != "sent")
        {
            // As above, for a batch: SendGrid's activity says whether it took an unknown one; a refused one is sent again.
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
        var reports = sendGrid.Taken.Count(t => t.Kind == nameof(MailKind.Notification) && t.To == TestSettings.Spokesperson);
        Assert.True(reports >= decisions.Count, $"{decisions.Count} decisions, {reports} reports.");

        output.WriteLine(
            $"Statement of {recipients.Count} recipients in {recipients.Count / 5} batches, {sendGrid.Log.Count(e => FaultySendGrid.StatementBatch(e.Body) > 0)} batch requests " +
            $"(seed {Seed}); answers over all requests: {Describe(sendGrid.Injected)}; " +
            $"{decisions.Count} batches left to a person ({string.Join(", ", decisions.Select(d => $"{d.Batch}: {d.State} → {d.Outcome}"))}); " +
            $"{taken.Count} personalizations taken for {recipients.Count} recipients, {sendGrid.TakenTwice.Count} twice.");
    }

    private static string Describe(IReadOnlyDictionary<SendGridFault, int> injected) =>
        string.Join(", ", injected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"));
}
