using Azure.Data.Tables;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// The inbox's pages and "Autres messages" with a history of <c>n</c> inquiries and <c>n</c> inbound
/// records (mostly closed, spread over three years), read first with a hundredth of it, then with all of
/// it: the storage requests of each page must be the same, and few. Against the naive way, which reads
/// every inquiry to show one page (what the inbox did before), measured at both sizes.
/// </summary>
public static class InboxBenchmark
{
    public const int DefaultRows = 100_000;
    public const int MaxPageRequests = 5;
    public const double TargetMilliseconds = 300;

    public static async Task<ScenarioResult> RunAsync(int rows, TextWriter log)
    {
        var small = Math.Max(rows / 100, 10);
        var (azurite, services) = await Bench.StartAsync();
        try
        {
            var history = new History(services);
            var steps = new List<Measurement>();
            var seed = await Bench.MeasureAsync(services, "setup: history (bulk)", small, () => history.GrowToAsync(small), log);
            steps.Add(seed.Measurement);
            var atSmall = await PagesAsync(services, small, log);
            var naiveSmall = await NaiveAsync(services, small, log);
            var grow = await Bench.MeasureAsync(services, "setup: history (bulk)", rows - small, () => history.GrowToAsync(rows), log);
            steps.Add(grow.Measurement);
            var atFull = await PagesAsync(services, rows, log);
            var naiveFull = await NaiveAsync(services, rows, log);
            steps.AddRange(atSmall.Concat([naiveSmall]).Concat(atFull).Append(naiveFull));

            var targets = new List<Target>();
            foreach (var (first, last) in atSmall.Zip(atFull))
            {
                var page = last.Step[(last.Step.IndexOf(':', StringComparison.Ordinal) + 2)..];
                targets.Add(Target.Count($"{page}: requests", last.Requests, Math.Min(MaxPageRequests, first.Requests)));
                targets.Add(Target.Milliseconds($"{page}: time", last.Milliseconds, TargetMilliseconds));
            }

            return new ScenarioResult("inbox", steps, new Dictionary<string, object>
            {
                ["history"] = rows,
                ["smallHistory"] = small,
                ["pageSize"] = InquiryQuery.DefaultLimit,
                ["naiveRequestsAtFull"] = naiveFull.Requests,
                ["naiveMsAtFull"] = Math.Round(naiveFull.Milliseconds),
            }, targets);
        }
        finally
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
        }
    }

    /// <summary>Each page read three times (the first warms up); the best time, the requests of one read.</summary>
    private static async Task<List<Measurement>> PagesAsync(TestServices services, int history, TextWriter log)
    {
        var team = services.Get<TeamDirectory>();
        var officer = team.Find(TestSettings.PressOfficer)!;
        var inquiries = services.Get<InquiryQueries>();
        var inbound = services.Get<InboundQueries>();
        var first = await inquiries.ListAsync(officer, new InquiryQuery(Closed: false));
        var pages = new (string Name, Func<Task<int>> Read)[]
        {
            ("inbox (open)", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Closed: false))).Items.Count),
            ("inbox (open), next page", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Closed: false, Continuation: first.Continuation))).Items.Count),
            ("inbox (all statuses)", async () => (await inquiries.ListAsync(officer, new InquiryQuery())).Items.Count),
            ("status new", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Status: nameof(InquiryStatus.New)))).Items.Count),
            ("overdue", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Overdue: true))).Items.Count),
            ("urgent, open", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Urgent: true, Closed: false))).Items.Count),
            ("assignee, all statuses", async () => (await inquiries.ListAsync(officer, new InquiryQuery(Assignee: TestSettings.ToulouseLead))).Items.Count),
            ("Lyon lead's inbox", async () => (await inquiries.ListAsync(team.Find(TestSettings.LyonLead)!, new InquiryQuery(Closed: false))).Items.Count),
            ("mine (spokesperson), open", async () => (await inquiries.ListAsync(team.Find(TestSettings.Spokesperson)!, new InquiryQuery(Mine: true, Closed: false))).Items.Count),
            ("Autres messages", async () => (await inbound.ListAsync("other")).Records.Count),
            ("Autres messages, bounces", async () => (await inbound.ListAsync("bounce")).Records.Count),
        };

        var measured = new List<Measurement>();
        foreach (var (name, read) in pages)
        {
            var runs = new List<Measurement>();
            for (var run = 0; run < 3; run++)
            {
                runs.Add((await Bench.MeasureAsync(services.Requests, $"{history,7} in history: {name}", 0, read)).Measurement);
            }

            var best = runs.MinBy(r => r.Milliseconds)! with { Requests = runs[^1].Requests };
            log.WriteLine($"  {best.Step}: {best.Milliseconds:F1} ms, {best.Requests} requests");
            measured.Add(best);
        }

        return measured;
    }

    /// <summary>What the inbox did before: read every inquiry, then filter and sort in memory.</summary>
    private static async Task<Measurement> NaiveAsync(TestServices services, int history, TextWriter log)
    {
        var table = services.GetKeyed<TableClient>(InquiryStore.Name);
        var (measurement, _) = await Bench.MeasureAsync(services.Requests, $"{history,7} in history: naive (read all)", history, async () =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InquiryKeys.Partition} and RowKey ge {"t|"} and RowKey lt {"t}"}");
            var all = new List<Inquiry>();
            await foreach (var e in table.QueryAsync<TableEntity>(filter))
            {
                all.Add(InquiryEntities.ToInquiry(e));
            }

            return all.Where(i => i.Status != InquiryStatus.Closed).OrderBy(i => i.Deadline is null).ThenBy(i => i.Deadline?.Utc).ThenByDescending(i => i.ReceivedAt).Take(InquiryQuery.DefaultLimit).Count();
        }, log);
        return measurement;
    }

    /// <summary>A generated history, written a hundred rows to a transaction as an import would.</summary>
    private sealed class History(TestServices services)
    {
        private static readonly string[] Members = [TestSettings.Spokesperson, TestSettings.LyonLead, TestSettings.ToulouseLead, TestSettings.RennesLead, TestSettings.PressOfficer];
        private static readonly string?[] Cities = [null, null, null, "Lyon", "Toulouse", "Rennes", "Paris"];
        private static readonly InboundKind[] Kinds = [InboundKind.Inquiry, InboundKind.Inquiry, InboundKind.AutoReply, InboundKind.Bounce, InboundKind.Bulk, InboundKind.OwnMail, InboundKind.Suspicious];
        private int count;

        public async Task<int> GrowToAsync(int total)
        {
            var now = services.Time.GetUtcNow();
            var from = count;
            var inquiries = Enumerable.Range(from, total - from).SelectMany(i => InquiryRows(Inquiry(i, now)));
            var records = Enumerable.Range(from, total - from).SelectMany(i => InboundLog.Rows(Record(i, now)).Select(a => (TableEntity)a.Entity));
            await SubmitAsync(services.GetKeyed<TableClient>(InquiryStore.Name), inquiries);
            await SubmitAsync(services.GetKeyed<TableClient>(InboundLog.Name), records);
            count = total;
            return total - from;
        }

        private static IEnumerable<TableEntity> InquiryRows(Inquiry inquiry)
        {
            var head = InquiryEntities.Head(inquiry);
            return InquiryKeys.ListsOf(inquiry).Select(key => InquiryEntities.ListRow(head, key)).Prepend(head);
        }

        private static Inquiry Inquiry(int i, DateTimeOffset now)
        {
            // The newest few hundred are open; the history behind them is closed.
            var received = now.AddMinutes(-(i * 17 % 1_500_000) - 1);
            var status = (i % 1000) switch
            {
                < 3 => InquiryStatus.New,
                < 6 => InquiryStatus.Assigned,
                < 8 => InquiryStatus.Answered,
                < 9 => InquiryStatus.WaitingOnJournalist,
                _ => InquiryStatus.Closed,
            };
            var assignee = Members[i % Members.Length];
            return new Inquiry
            {
                Reference = $"PIA-{2024 + (i % 3)}-{i:D6}",
                Status = status,
                Subject = $"Demande d'interview n° {i} sur la régulation de l'IA",
                Journalist = new MailAddress($"journaliste{i % 20_000}@media{i % 300}.fr", $"Journaliste {i}"),
                City = Cities[i % Cities.Length],
                Language = i % 5 == 0 ? "en" : "fr",
                Deadline = i % 3 == 0 ? new InquiryDeadline(received.AddHours(6 + (i % 48)), "demain", "Europe/Paris") : null,
                Urgent = i % 20 == 0,
                Assignee = assignee,
                Watchers = i % 4 == 0 ? [TestSettings.CommsDirector] : [],
                RoutingRule = "par-defaut",
                RoutingReason = "Règle par défaut",
                ReceivedAt = received,
                LastMessageAt = received,
                ClosedAt = status == InquiryStatus.Closed ? received.AddDays(1) : null,
            };
        }

        private static InboundRecord Record(int i, DateTimeOffset now) => new()
        {
            Key = $"{i:D8}{Guid.NewGuid():N}"[..32],
            Sender = $"expediteur{i % 5_000}@example.org",
            Kind = Kinds[i % Kinds.Length],
            Reason = "historique généré",
            FromEmail = $"expediteur{i % 5_000}@example.org",
            Subject = $"Message n° {i}",
            ReceivedAt = now.AddMinutes(-(i * 13 % 1_500_000) - 1),
            Reference = i % Kinds.Length < 2 ? $"PIA-2025-{i:D6}" : null,
        };

        private static async Task SubmitAsync(TableClient table, IEnumerable<TableEntity> rows) =>
            await Parallel.ForEachAsync(rows.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, token) =>
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token));
    }
}
