using System.Diagnostics;
using PauseIA.Media.LocalHost.Smtp;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Emails posted to the webhook over HTTP, concurrently, through LocalHost, processed by its queue
/// pump, answered through a WireMock SendGrid:
/// <list type="number">
/// <item>history: a quarter of <c>n</c> earlier inquiries, acknowledged, for the others to answer;</item>
/// <item>cost: a few emails of each kind at once, kind by kind, counting the storage requests of the
/// processing (queue message to done: what the targets bound, as InboundStorageBudgetTests does), of
/// the webhook (archive and queue) and of the contact list apart;</item>
/// <item>load: <c>n</c> emails posted all at once, mixed (40% new inquiries, 25% replies, 20% auto-replies,
/// 15% bounces of our acknowledgements): the webhook's latency, post to acknowledgement, throughput.</item>
/// </list>
/// </summary>
public static class InboundBenchmark
{
    public const int DefaultEmails = 1_000;
    public const double TargetWebhookP99 = 50;
    public const double TargetAcknowledgementP99 = 2_000;
    /// <summary>
    /// Each mail the processing sends costs two requests of its own: its record before the request leaves and
    /// its outcome after (MailSends, issue 9: a mail leaves once, and an unknown outcome is seen). A new inquiry
    /// sends two (the acknowledgement and a notification), a reply one (the assignee's notification).
    /// </summary>
    private const int PerMail = 2;

    public static readonly IReadOnlyDictionary<string, int> MaxRequests = new Dictionary<string, int> { ["new inquiry"] = 8 + (2 * PerMail), ["reply"] = 6 + PerMail, ["auto-reply"] = 6 };

    public static async Task<ScenarioResult> RunAsync(int emails, TextWriter log, int perKind = 25)
    {
        using var sendGrid = new SendGridServer();
        var settings = sendGrid.Settings;
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { Settings = settings });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var run = Guid.NewGuid().ToString("N")[..6];
        var next = 0;
        int Take(int count) => Interlocked.Add(ref next, count) - count;

        // History: earlier inquiries, acknowledged, that the replies, auto-replies and bounces answer.
        var earlier = Math.Max(emails / 4, 4 * perKind);
        var history = Enumerable.Range(Take(earlier), earlier).ToList();
        await PostAllAsync(client, history.Select(n => InboundMail.NewInquiry(run, n)).ToList());
        await DoneAsync(host, sendGrid, history.Select(n => InboundMail.Journalist(run, n)));
        var answerable = new Queue<int>(history);

        var steps = new List<Measurement>();
        var costs = new Dictionary<string, Measurement>();
        var kinds = new (string Kind, Func<int, byte[]> Mail)[]
        {
            ("new inquiry", _ => InboundMail.NewInquiry(run, Take(1))),
            ("reply", _ => Answering(answerable, n => InboundMail.Reply(run, n, sendGrid.AcknowledgementTo(InboundMail.Journalist(run, n))!))),
            ("auto-reply", _ => Answering(answerable, n => InboundMail.AutoReply(run, n, sendGrid.AcknowledgementTo(InboundMail.Journalist(run, n))!))),
            ("bounce", _ => Answering(answerable, n => InboundMail.Bounce(run, n, sendGrid.AcknowledgementTo(InboundMail.Journalist(run, n))!))),
        };
        foreach (var (kind, mail) in kinds)
        {
            var batch = Enumerable.Range(0, perKind).Select(mail).ToList();
            await host.WaitForQueueToDrainAsync("inbound");
            host.Requests.Reset();
            var watch = Stopwatch.StartNew();
            await PostAllAsync(client, batch);
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

        // Load: n emails at once, mixed.
        var load = new List<(string Kind, string? Journalist, byte[] Mime)>();
        for (var i = 0; i < emails; i++)
        {
            var slot = i % 20;
            if (slot < 8 || answerable.Count == 0)
            {
                var n = Take(1);
                load.Add(("new inquiry", InboundMail.Journalist(run, n), InboundMail.NewInquiry(run, n)));
            }
            else
            {
                var n = answerable.Dequeue();
                var ack = sendGrid.AcknowledgementTo(InboundMail.Journalist(run, n))!;
                load.Add(slot < 13 ? ("reply", null, InboundMail.Reply(run, n, ack)) : slot < 17 ? ("auto-reply", null, InboundMail.AutoReply(run, n, ack)) : ("bounce", null, InboundMail.Bounce(run, n, ack)));
            }
        }

        await host.WaitForQueueToDrainAsync("inbound");
        host.Requests.Reset();
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var posts = await PostAllAsync(client, load.Select(l => l.Mime).ToList());
        var posted = clock.Elapsed;
        var newInquiries = load.Select((l, i) => (l.Journalist, Post: posts[i])).Where(p => p.Journalist is not null).ToList();
        await DoneAsync(host, sendGrid, newInquiries.Select(p => p.Journalist!));
        var processed = clock.Elapsed;
        var loadRequests = host.Requests.Count;
        var poisoned = await PoisonedAsync(host);

        var latencies = posts.Select(p => p.Milliseconds).ToList();
        var acknowledged = newInquiries.Select(p => (sendGrid.FirstMailTo(p.Journalist!)!.Value - p.Post.StartedAt).TotalMilliseconds).ToList();
        steps.Add(new Measurement("load: all posts answered", emails, posted.TotalMilliseconds, 0));
        steps.Add(new Measurement("load: all processed", emails, processed.TotalMilliseconds, loadRequests));

        double PerEmail(string kind, string part) => costs.TryGetValue($"{kind}: {part}", out var m) ? Math.Round((double)m.Requests / m.Rows, 2) : 0;
        var figures = new Dictionary<string, object>
        {
            ["emails"] = emails,
            ["statuses"] = string.Join(" ", posts.GroupBy(p => p.Status).Select(g => $"{g.Key}×{g.Count()}")),
            ["webhookP50Ms"] = Math.Round(Bench.Percentile(latencies, 0.50), 1),
            ["webhookP95Ms"] = Math.Round(Bench.Percentile(latencies, 0.95), 1),
            ["webhookP99Ms"] = Math.Round(Bench.Percentile(latencies, 0.99), 1),
            ["postToAckP50Ms"] = Math.Round(Bench.Percentile(acknowledged, 0.50), 1),
            ["postToAckP99Ms"] = Math.Round(Bench.Percentile(acknowledged, 0.99), 1),
            ["webhookPostsPerSecond"] = Math.Round(emails / posted.TotalSeconds, 1),
            ["processedEmailsPerSecond"] = Math.Round(emails / processed.TotalSeconds, 1),
            ["loadStorageRequestsPerEmail"] = Math.Round((double)loadRequests / emails, 2),
            ["poisoned"] = poisoned,
            ["sendGridRequests"] = sendGrid.Requests,
            ["startedAt"] = started.ToString("O"),
        };
        foreach (var (kind, _) in kinds)
        {
            figures[$"requestsPerEmail {kind}"] = $"processing {PerEmail(kind, "processing")} + webhook {PerEmail(kind, "webhook")} + contacts {PerEmail(kind, "contacts")}";
        }

        // The email's own path, webhook to done; the contact list's share is shown beside it (InboundStorageBudgetTests counts the same).
        var targets = MaxRequests.Select(m => Target.Count($"{m.Key}: webhook and processing requests per email", PerEmail(m.Key, "webhook") + PerEmail(m.Key, "processing"), m.Value)).ToList();
        targets.Add(new Target("every email processed (none poisoned, all 2xx)", poisoned + posts.Count(p => p.Status / 100 != 2), 0, "emails", IsCount: true));
        targets.Add(Target.Milliseconds($"webhook p99 at {emails} concurrent", Bench.Percentile(latencies, 0.99), TargetWebhookP99));
        targets.Add(Target.Milliseconds("post → acknowledgement p99", Bench.Percentile(acknowledged, 0.99), TargetAcknowledgementP99));
        return new ScenarioResult("inbound", steps, figures, targets);
    }

    private static byte[] Answering(Queue<int> answerable, Func<int, byte[]> mail)
    {
        lock (answerable)
        {
            return mail(answerable.Dequeue());
        }
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

    private static async Task<List<Post>> PostAllAsync(HttpClient client, List<byte[]> mails)
    {
        var results = new Post[mails.Count];
        await Task.WhenAll(mails.Select(async (mime, i) =>
        {
            // The SMTP envelope's sender is the From's address, as for a journalist writing from their mailbox.
            using var form = InboundParseForm.Create(mime, EnvelopeFrom(mime), ["presse@pauseia.fr"], "203.0.113.9");
            await form.LoadIntoBufferAsync();
            var at = DateTime.UtcNow;
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync(new Uri($"/api/inbound/sendgrid?key={TestSettings.InboundSecret}", UriKind.Relative), form);
            results[i] = new Post(at, watch.Elapsed.TotalMilliseconds, (int)response.StatusCode);
        }));
        return results.ToList();
    }

    private static string EnvelopeFrom(byte[] mime)
    {
        using var stream = new MemoryStream(mime);
        return MimeKit.MimeMessage.Load(stream).From.Mailboxes.First().Address;
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

    private sealed record Post(DateTime StartedAt, double Milliseconds, int Status);
}
