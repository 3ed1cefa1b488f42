using System.Diagnostics;
using System.Net.Http.Headers;
using PauseIA.Media.LocalHost.Smtp;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Emails posted to the webhook over HTTP through LocalHost, processed by its queue pump, answered
/// through a WireMock SendGrid (the load model: <see cref="InboundLoad"/>):
/// <list type="number">
/// <item>history: earlier inquiries, acknowledged, for the others to answer;</item>
/// <item>cost: a few emails of each kind at once, kind by kind, counting the storage requests of the
/// processing (queue message to done: what the targets bound, as InboundStorageBudgetTests does), of
/// the webhook (archive and queue) and of the contact list apart;</item>
/// <item>three phases of <c>Emails</c> mixed emails each (40% new inquiries, 25% replies, 20% auto-replies,
/// 15% bounces of our acknowledgements): through <c>Senders</c> concurrent senders (the webhook's
/// latency), arriving at <c>Rate</c> a second (post to acknowledgement), and all at once (throughput and
/// drain time, not judged);</item>
/// <item>quiet: <c>Quiet</c> new inquiries one at a time, each after the queue's poller has backed off
/// (post to acknowledgement, the usual case of a press office).</item>
/// </list>
/// Each phase prints the CPU this process and Azurite spent per email; at a low rate, ours includes the
/// idle host's polling and spinning, spread over few emails.
/// </summary>
public static class InboundBenchmark
{
    public const double TargetWebhookP99 = 50;
    public const double TargetAcknowledgementP99 = 2_000;

    /// <summary>
    /// Each mail the processing sends costs two requests of its own: its record before the request leaves and
    /// its outcome after (MailSends, issue 9: a mail leaves once, and an unknown outcome is seen). A new inquiry
    /// sends two (the acknowledgement and a notification), a reply one (the assignee's notification).
    /// </summary>
    private const int PerMail = 2;

    public static readonly IReadOnlyDictionary<string, int> MaxRequests = new Dictionary<string, int> { ["new inquiry"] = 8 + (2 * PerMail), ["reply"] = 6 + PerMail, ["auto-reply"] = 6 };

    public static async Task<ScenarioResult> RunAsync(InboundLoad load, TextWriter log, int perKind = 25, Spans? spans = null)
    {
        using var sendGrid = new SendGridServer();
        var settings = sendGrid.Settings;
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { Settings = settings });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var mail = new MailMix(Guid.NewGuid().ToString("N")[..6], sendGrid);

        // History: earlier inquiries, acknowledged, that the replies, auto-replies and bounces answer; each
        // phase's new inquiries are answered by the next, so this covers the costs and three phases.
        var history = mail.NewInquiries(load.Emails + (3 * perKind));
        await SendThroughAsync(client, Prepare(history), load.Senders);
        await DoneAsync(host, sendGrid, history.Select(h => h.Journalist!));
        mail.Answerable(history);
        spans?.Print("history", log);

        var steps = new List<Measurement>();
        var costs = new Dictionary<string, Measurement>();
        foreach (var kind in MailMix.Kinds)
        {
            var batch = mail.OfKind(kind, perKind);
            await host.WaitForQueueToDrainAsync("inbound");
            host.Requests.Reset();
            var watch = Stopwatch.StartNew();
            await SendThroughAsync(client, Prepare(batch), batch.Count);
            await host.WaitForQueueToDrainAsync("inbound", TimeSpan.FromMinutes(2));
            var requests = host.Requests.Requests;
            foreach (var (part, count) in Split(requests))
            {
                var measurement = new Measurement($"{kind}: {part}", perKind, watch.Elapsed.TotalMilliseconds, count);
                steps.Add(measurement);
                costs[$"{kind}: {part}"] = measurement;
            }

            log.WriteLine($"  {kind}: {(double)requests.Count / perKind:0.##} requests per email");
            Bench.PrintShapes(requests, log);
        }

        var phases = new List<Phase>();
        foreach (var (name, send) in new (string, Func<IReadOnlyList<PreparedPost>, Task<Post[]>>)[]
        {
            ($"{load.Senders} senders", posts => SendThroughAsync(client, posts, load.Senders)),
            ($"{load.Rate} a second", posts => PaceAsync(client, posts, load.Rate, load.Senders)),
            ("all at once", posts => SendThroughAsync(client, posts, posts.Count)),
        })
        {
            var mails = mail.Mixed(load.Emails);
            var phase = await RunPhaseAsync(name, mails, send, host, sendGrid, log);
            mail.Answerable(mails);
            spans?.Print(name, log);
            phases.Add(phase);
            steps.Add(new Measurement($"{name}: all posts answered", load.Emails, phase.Answered.TotalMilliseconds, 0));
            steps.Add(new Measurement($"{name}: all processed", load.Emails, phase.Processed.TotalMilliseconds, phase.Requests, phase.Cpu));
        }

        var quiet = await QuietAsync(client, mail, load.Quiet, host, sendGrid, log);
        steps.Add(new Measurement("quiet: each alone, after a quiet spell", load.Quiet, quiet.Sum(), 0));
        var (senders, paced, burst) = (phases[0], phases[1], phases[2]);
        double PerEmail(string kind, string part) => costs.TryGetValue($"{kind}: {part}", out var m) ? Math.Round((double)m.Requests / m.Rows, 2) : 0;
        var figures = new Dictionary<string, object>
        {
            ["emailsPerPhase"] = load.Emails,
            ["senders"] = load.Senders,
            ["webhookP50Ms"] = Math.Round(senders.Webhook(0.50), 1),
            ["webhookP95Ms"] = Math.Round(senders.Webhook(0.95), 1),
            ["webhookP99Ms"] = Math.Round(senders.Webhook(0.99), 1),
            ["webhookPostsPerSecond"] = Math.Round(load.Emails / senders.Answered.TotalSeconds, 1),
            ["arrivalsPerSecond"] = load.Rate,
            ["postToAckP50Ms"] = Math.Round(paced.Acknowledgement(0.50), 1),
            ["postToAckP99Ms"] = Math.Round(paced.Acknowledgement(0.99), 1),
            ["pacedWebhookP99Ms"] = Math.Round(paced.Webhook(0.99), 1),
            ["quietPostToAckMaxMs"] = Math.Round(quiet.DefaultIfEmpty().Max(), 1),
            ["maxPollingIntervalMs"] = host.Host.HostJson.Queues.MaxPollingInterval.TotalMilliseconds,
            ["burstPostsPerSecond"] = Math.Round(load.Emails / burst.Answered.TotalSeconds, 1),
            ["burstDrainMs"] = Math.Round(burst.Processed.TotalMilliseconds),
            ["burstProcessedPerSecond"] = Math.Round(load.Emails / burst.Processed.TotalSeconds, 1),
            ["burstWebhookP99Ms"] = Math.Round(burst.Webhook(0.99), 1),
            ["burstPostToAckP99Ms"] = Math.Round(burst.Acknowledgement(0.99), 1),
            ["loadStorageRequestsPerEmail"] = Math.Round((double)phases.Sum(p => p.Requests) / phases.Sum(p => p.Posts.Length), 2),
            ["statuses"] = string.Join(" ", phases.SelectMany(p => p.Posts).GroupBy(p => p.Status).Select(g => $"{g.Key}×{g.Count()}")),
            ["poisoned"] = await PoisonedAsync(host),
            ["sendGridRequests"] = sendGrid.Requests,
        };
        foreach (var kind in MailMix.Kinds)
        {
            figures[$"requestsPerEmail {kind}"] = $"processing {PerEmail(kind, "processing")} + webhook {PerEmail(kind, "webhook")} + contacts {PerEmail(kind, "contacts")}";
        }

        // The email's own path, webhook to done; the contact list's share is shown beside it (InboundStorageBudgetTests counts the same).
        var targets = MaxRequests.Select(m => Target.Count($"{m.Key}: webhook and processing requests per email", PerEmail(m.Key, "webhook") + PerEmail(m.Key, "processing"), m.Value)).ToList();
        targets.Add(new Target("every email processed (none poisoned, all 2xx)", (int)figures["poisoned"] + phases.Sum(p => p.Posts.Count(post => post.Status / 100 != 2)), 0, "emails", IsCount: true));
        targets.Add(Target.Milliseconds($"webhook p99, {load.Senders} concurrent senders", senders.Webhook(0.99), TargetWebhookP99));
        targets.Add(Target.Milliseconds($"post → acknowledgement p99, {load.Rate} arrivals a second", paced.Acknowledgement(0.99), TargetAcknowledgementP99));
        targets.Add(Target.Milliseconds($"post → acknowledgement after a quiet spell (slowest of {load.Quiet})", quiet.DefaultIfEmpty().Max(), TargetAcknowledgementP99));
        return new ScenarioResult("inbound", steps, figures, targets);
    }

    /// <summary>Posts one phase's mail, waits until every email is processed and each new inquiry acknowledged.</summary>
    private static async Task<Phase> RunPhaseAsync(
        string name, IReadOnlyList<MixedMail> mails, Func<IReadOnlyList<PreparedPost>, Task<Post[]>> send, LocalHostFixture host, SendGridServer sendGrid, TextWriter log)
    {
        var prepared = Prepare(mails);
        await host.WaitForQueueToDrainAsync("inbound");
        host.Requests.Reset();
        var cpu = new CpuClock(host.Azurite.ProcessId);
        var (pauses, gen2, before) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), cpu.Read());
        var clock = Stopwatch.StartNew();
        var posts = await send(prepared);
        var answered = clock.Elapsed;
        var journalists = mails.Select((m, i) => (m.Journalist, Post: posts[i])).Where(p => p.Journalist is not null).ToList();
        await DoneAsync(host, sendGrid, journalists.Select(p => p.Journalist!));
        var processed = clock.Elapsed;
        var spent = (cpu.Read() - before)!;
        var requests = host.Requests.Requests;
        var acknowledgements = journalists.Select(p => (sendGrid.FirstMailTo(p.Journalist!)!.Value - p.Post.StartedAt).TotalMilliseconds).ToList();
        var phase = new Phase(posts, acknowledgements, answered, processed, requests.Count, spent);
        log.WriteLine($"  {name}: answered in {answered.TotalSeconds:F1} s, processed in {processed.TotalSeconds:F1} s, webhook p50/p99 {phase.Webhook(0.5):F0}/{phase.Webhook(0.99):F0} ms, post → ack p50/p99 {phase.Acknowledgement(0.5):F0}/{phase.Acknowledgement(0.99):F0} ms, {(double)requests.Count / posts.Length:0.##} requests per email; per email, CPU ours {spent.Ours.TotalMilliseconds / posts.Length:F1} ms, Azurite {spent.Azurite.TotalMilliseconds / posts.Length:F1} ms; GC paused {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms ({GC.CollectionCount(2) - gen2} gen 2)");
        var slow = posts.Where(p => p.Milliseconds > 1_000).Select(p => (p.StartedAt - posts.Min(q => q.StartedAt)).TotalSeconds).Order().ToList();
        if (slow.Count > 0)
        {
            // Whether slow answers are spread out (steady overload) or bunched (a stall of the host or of Azurite).
            log.WriteLine($"  {name}: {slow.Count} posts answered in more than 1 s, sent between {slow[0]:F1} s and {slow[^1]:F1} s into the phase");
        }

        Bench.PrintShapes(requests, log);
        return phase;
    }

    /// <summary>
    /// New inquiries one at a time, each after the queue's poller has backed off to its longest interval
    /// (the quiet spell is twice <c>maxPollingInterval</c>, plus a random part so that arrivals fall anywhere
    /// in the poll cycle): post to acknowledgement, in ms.
    /// </summary>
    private static async Task<List<double>> QuietAsync(HttpClient client, MailMix mail, int count, LocalHostFixture host, SendGridServer sendGrid, TextWriter log)
    {
        var longest = host.Host.HostJson.Queues.MaxPollingInterval;
        var random = new Random(11);
        var acknowledgements = new List<double>();
        foreach (var inquiry in mail.NewInquiries(count))
        {
            await Task.Delay((2 * longest) + (random.NextDouble() * longest));
            var post = await PostAsync(client, Prepare([inquiry])[0]);
            await DoneAsync(host, sendGrid, [inquiry.Journalist!]);
            acknowledgements.Add((sendGrid.FirstMailTo(inquiry.Journalist!)!.Value - post.StartedAt).TotalMilliseconds);
        }

        log.WriteLine($"  quiet: post → ack {string.Join(", ", acknowledgements.Select(a => $"{a:F0}"))} ms (maxPollingInterval {longest.TotalMilliseconds:F0} ms)");
        return acknowledgements;
    }

    /// <summary>Storage requests by who made them: the webhook (archive, queue), the contact list, and the rest of the processing.</summary>
    private static IEnumerable<(string Part, int Count)> Split(IReadOnlyList<string> requests)
    {
        static string Part(string request) =>
            request.StartsWith("PUT devstoreaccount1/inbound/", StringComparison.Ordinal) || request.Contains("/inbound/messages", StringComparison.Ordinal) ? "webhook"
            : request.Contains("devstoreaccount1/contact", StringComparison.Ordinal) ? "contacts"
            : "processing";
        var counts = requests.GroupBy(Part).ToDictionary(g => g.Key, g => g.Count());
        return new[] { "processing", "webhook", "contacts" }.Select(p => (p, counts.GetValueOrDefault(p)));
    }

    /// <summary>The Inbound Parse form of each email, built before the clock starts, so the sender's own work is not timed.</summary>
    private static List<PreparedPost> Prepare(IEnumerable<MixedMail> mails) => mails.Select(m =>
    {
        // The SMTP envelope's sender is the From's address, as for a journalist writing from their mailbox.
        using var form = InboundParseForm.Create(m.Mime, m.EnvelopeFrom, ["presse@pauseia.fr"], "203.0.113.9");
        using var body = new MemoryStream();
        form.CopyTo(body, null, CancellationToken.None);
        return new PreparedPost(body.ToArray(), form.Headers.ContentType!);
    }).ToList();

    /// <summary><paramref name="senders"/> connections, each posting its next email as soon as the last is answered.</summary>
    private static async Task<Post[]> SendThroughAsync(HttpClient client, IReadOnlyList<PreparedPost> posts, int senders)
    {
        var results = new Post[posts.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(senders, posts.Count)).Select(async _ =>
        {
            await Task.Yield();
            for (var i = Interlocked.Increment(ref next); i < posts.Count; i = Interlocked.Increment(ref next))
            {
                results[i] = await PostAsync(client, posts[i]);
            }
        }));
        return results;
    }

    /// <summary>An email arriving every 1/<paramref name="rate"/> s, posted at once unless all <paramref name="senders"/> are busy.</summary>
    private static async Task<Post[]> PaceAsync(HttpClient client, IReadOnlyList<PreparedPost> posts, int rate, int senders)
    {
        var results = new Post[posts.Count];
        using var connections = new SemaphoreSlim(senders);
        var clock = Stopwatch.StartNew();
        var sending = new List<Task>();
        for (var i = 0; i < posts.Count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            await connections.WaitAsync();
            var index = i;
            sending.Add(Task.Run(async () =>
            {
                try
                {
                    results[index] = await PostAsync(client, posts[index]);
                }
                finally
                {
                    connections.Release();
                }
            }));
        }

        await Task.WhenAll(sending);
        return results;
    }

    private static async Task<Post> PostAsync(HttpClient client, PreparedPost post)
    {
        using var content = new ByteArrayContent(post.Body);
        content.Headers.ContentType = post.ContentType;
        var at = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri($"/api/inbound/sendgrid?key={TestSettings.InboundSecret}", UriKind.Relative), content);
        return new Post(at, watch.Elapsed.TotalMilliseconds, (int)response.StatusCode);
    }

    /// <summary>Waits until the queue is empty and every one of <paramref name="journalists"/> has had mail (their acknowledgement).</summary>
    private static async Task DoneAsync(LocalHostFixture host, SendGridServer sendGrid, IEnumerable<string> journalists)
    {
        var waiting = journalists.ToList();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        await host.WaitForQueueToDrainAsync("inbound", TimeSpan.FromMinutes(5));
        while (waiting.Any(j => sendGrid.FirstMailTo(j) is null))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{waiting.Count(j => sendGrid.FirstMailTo(j) is null)} inquiries were never acknowledged.");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<int> PoisonedAsync(LocalHostFixture host)
    {
        try
        {
            return (await host.Queue("inbound-poison").GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }

    private sealed record PreparedPost(byte[] Body, MediaTypeHeaderValue ContentType);

    private sealed record Post(DateTime StartedAt, double Milliseconds, int Status);

    private sealed record Phase(Post[] Posts, List<double> Acknowledgements, TimeSpan Answered, TimeSpan Processed, int Requests, CpuTime Cpu)
    {
        public double Webhook(double fraction) => Bench.Percentile(Posts.Select(p => p.Milliseconds).ToList(), fraction);

        public double Acknowledgement(double fraction) => Bench.Percentile(Acknowledgements, fraction);
    }
}
