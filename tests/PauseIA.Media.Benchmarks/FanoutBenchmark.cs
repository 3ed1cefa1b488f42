using System.Diagnostics;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// One statement, signed off, sent to a segment of <c>n</c> imported contacts, some of whom opt out or
/// bounce after the sign-off (one of them a second before the send): SendGrid requests, storage requests,
/// wall time and peak managed memory of the send, against one request per recipient (the naive way,
/// measured on a sample and projected).
/// </summary>
public static class FanoutBenchmark
{
    public const int DefaultRows = 10_000;
    public const double TargetMilliseconds = 3_000;
    public const double TargetMegabytes = 300;
    public const int NaiveSample = 200;

    public static async Task<ScenarioResult> RunAsync(int rows, TextWriter log)
    {
        using var sendGrid = new SendGridServer();
        var (azurite, services) = await Bench.StartAsync(sendGrid.Settings);
        try
        {
            var steps = new List<Measurement>();
            var team = services.Get<TeamDirectory>();
            var (spokesperson, director, officer) = (team.Find(TestSettings.Spokesperson)!, team.Find(TestSettings.CommsDirector)!, team.Find(TestSettings.PressOfficer)!);
            var contacts = services.Get<IJournalistContacts>();
            var file = ContactFileGenerator.Create(rows, seed: 11, tag: "f");
            steps.Add((await Bench.MeasureAsync(services, "setup: import", rows, () => services.Get<ContactImporter>().ImportAsync(spokesperson, file, commit: true), log)).Measurement);

            var segment = await services.Get<SegmentStore>().CreateAsync(spokesperson, new SegmentInput("Tous", null, ContactFilter.All));
            var draft = await services.Get<StatementDrafts>().CreateAsync(new SaveStatementRequest(StatementText.Markdown(300), Kind: StatementKind.PressRelease, Audience: StatementAudience.ForSegment(segment.Id)), officer);
            await services.Get<StatementReviews>().SubmitAsync(draft.Id, officer, null);
            await services.Get<StatementReviews>().ReviewAsync(draft.Id, new ReviewRequest(ReviewDecision.Approve, "OK"), director, null);
            var manifest = await services.Get<StatementSignOffs>().SignOffAsync(draft.Id, new SignOffRequest(), spokesperson, null);
            var recipients = manifest.Recipients.Select(r => r.Email).ToList();

            // After the sign-off: 1% opt out, 0.5% bounce; the last one opts out a second before the send.
            var late = recipients.Where((_, i) => i % 100 == 7 || i % 200 == 3).ToList();
            await Parallel.ForEachAsync(late.Take(late.Count - 1), async (email, token) =>
            {
                if (email.GetHashCode(StringComparison.Ordinal) % 3 == 0)
                {
                    await contacts.MarkHardBouncedAsync(email, "550 benchmark", token);
                }
                else
                {
                    await contacts.OptOutAsync(email, "benchmark", token);
                }
            });
            services.Time.Advance(TimeSpan.FromMinutes(5));
            await contacts.OptOutAsync(late[^1], "une seconde avant");
            services.Time.Advance(TimeSpan.FromSeconds(1));

            await services.Get<StatementSends>().StartAsync(draft.Id, spokesperson, null);
            sendGrid.Reset();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            using var peak = new PeakMemory();
            var (send, _) = await Bench.MeasureAsync(services, "send: statement to segment", recipients.Count, async () =>
            {
                await services.Get<StatementSendProcessor>().RunAsync(new StatementSendMessage(draft.Id));
                return 0;
            }, log);
            var peakBytes = peak.Stop();
            steps.Add(send);
            Bench.PrintShapes(services.Requests.Requests, log);

            var sendGridRequests = sendGrid.Requests;
            var statementRequests = sendGrid.OfKind("Statement").Count;
            var accepted = sendGrid.OfKind("Statement").SelectMany(r => r["personalizations"]!.AsArray()).Select(p => (string)p!["to"]![0]!["email"]!).ToHashSet(StringComparer.Ordinal);
            var state = (await services.Get<StatementStore>().GetAsync(draft.Id)).Statement.State;
            if (state != StatementState.Sent || accepted.Count != recipients.Count - late.Count || late.Any(accepted.Contains))
            {
                throw new InvalidOperationException($"The send is wrong: {state}, {accepted.Count} mailed of {recipients.Count} with {late.Count} suppressed after sign-off.");
            }

            var naive = await NaiveAsync(services, recipients.Except(late).Take(Math.Min(NaiveSample, recipients.Count / 20)).ToList(), draft.Id, log);
            steps.Add(naive);
            var batches = (int)Math.Ceiling(recipients.Count / 1000.0);
            return new ScenarioResult("fanout", steps, new Dictionary<string, object>
            {
                ["recipients"] = recipients.Count,
                ["suppressedAfterSignOff"] = late.Count,
                ["mailed"] = accepted.Count,
                ["sendGridRequests"] = sendGridRequests,
                ["sendGridStatementRequests"] = statementRequests,
                ["storageRequests"] = send.Requests,
                ["sendMs"] = Math.Round(send.Milliseconds),
                ["peakManagedMB"] = Math.Round(peakBytes / 1048576.0, 1),
                ["managedBeforeMB"] = Math.Round(before / 1048576.0, 1),
                ["peakWorkingSetMB"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0),
                ["naiveProjectedSendGridRequests"] = recipients.Count,
                ["naiveProjectedStorageRequests"] = (int)Math.Round((double)naive.Requests / naive.Rows * recipients.Count),
                ["naiveProjectedMs"] = Math.Round(naive.Milliseconds / naive.Rows * recipients.Count),
            },
            [
                Target.Count("SendGrid requests (statement batches)", statementRequests, Math.Max(10, batches)),
                Target.Count("storage requests", send.Requests, Math.Max(100, 10 * batches)),
                Target.Milliseconds("wall time", send.Milliseconds, TargetMilliseconds),
                new Target("peak managed memory", Math.Round(peakBytes / 1048576.0, 1), TargetMegabytes, "MB", IsCount: false, Inclusive: false),
            ]);
        }
        finally
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
        }
    }

    /// <summary>The naive way, per recipient: check suppression, register the Message-ID, send one mail, note it on the timeline.</summary>
    private static async Task<Measurement> NaiveAsync(TestServices services, List<string> sample, string statementId, TextWriter log)
    {
        var contacts = services.Get<IJournalistContacts>();
        var index = services.Get<MessageIdIndex>();
        var sender = services.Get<MailSender>();
        var (measurement, _) = await Bench.MeasureAsync(services, $"naive: one request per recipient (sample)", sample.Count, async () =>
        {
            foreach (var email in sample)
            {
                if (await contacts.SuppressionAsync(email) is not null)
                {
                    continue;
                }

                var messageId = sender.NewMessageId();
                await index.RegisterAsync(new MessageIdEntry(messageId, MessageIdOwner.Statement, statementId, email));
                await sender.SendAsync(sender.Build(new OutgoingMail(MailKind.Statement, statementId, [new MailAddress(email)], "Communiqué", "Texte"), messageId));
                await contacts.RecordActivityAsync(email, new ContactActivity(ContactActivityKind.StatementSent, "Communiqué", statementId, null, services.Time.GetUtcNow()));
            }

            return 0;
        }, log);
        return measurement;
    }

    /// <summary>Samples the managed heap every few milliseconds until stopped.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public PeakMemory() => sampling = Task.Run(async () =>
        {
            long peak = 0;
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5, CancellationToken.None);
            }

            return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
