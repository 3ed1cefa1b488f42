using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Resolves a segment over <c>n</c> imported contacts, some opted out, bounced or erased, and
/// compares it with resolving the same contacts row by row (a point read of the contact and of its
/// suppression entry each), measured on <c>baselineRows</c> contacts and projected to <c>n</c>.
/// </summary>
public static class SegmentBenchmark
{
    public const int DefaultRows = 50_000;
    public const double TargetMilliseconds = 500;

    public static async Task<ScenarioResult> RunAsync(int rows, int baselineRows)
    {
        var steps = new List<Measurement>();
        var (azurite, services) = await Bench.StartAsync();
        try
        {
            var member = services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!;
            var file = ContactFileGenerator.Create(rows, seed: 42, tag: "s");
            var (setup, _) = await Bench.MeasureAsync(services, "setup: import", rows, () => services.Get<ContactImporter>().ImportAsync(member, file, commit: true));
            steps.Add(setup);

            var all = await services.Get<ContactStore>().ListAsync(ContactFilter.All, searchColumnsOnly: true);
            var contacts = services.Get<IJournalistContacts>();
            var (suppress, _) = await Bench.MeasureAsync(services, "setup: opt-outs, bounces, erasures", all.Count / 40, async () =>
            {
                await Parallel.ForEachAsync(all.Where((_, i) => i % 50 == 0), async (c, token) => await contacts.OptOutAsync(c.Email, "benchmark", token));
                await Parallel.ForEachAsync(all.Where((_, i) => i % 97 == 1), async (c, token) => await contacts.MarkHardBouncedAsync(c.Email, "550 benchmark", token));
                await Parallel.ForEachAsync(all.Where((_, i) => i % 500 == 2), async (c, token) => await services.Get<ContactEraser>().EraseAsync(member, c.Email, "benchmark", token));
                return 0;
            });
            steps.Add(suppress);

            var segment = await services.Get<SegmentStore>().CreateAsync(member, new SegmentInput(
                "IA et tech, presse écrite et web, en français", null,
                new ContactFilter { Beats = ["ia", "tech", "numérique"], MediaTypes = [MediaType.Print, MediaType.Web], Languages = ["fr"] }));
            RecipientManifest manifest = null!;
            var runs = new List<Measurement>();
            for (var run = 1; run <= 3; run++)
            {
                var (measurement, result) = await Bench.MeasureAsync(services, $"segment: resolve (run {run})", rows, () => contacts.ResolveSegmentAsync(segment.Id));
                runs.Add(measurement);
                manifest = result;
            }

            steps.AddRange(runs);
            var store = services.Get<ContactStore>();
            var suppression = services.Get<SuppressionList>();
            var sample = all.Take(baselineRows).Select(c => c.Email).ToList();
            var (baseline, _) = await Bench.MeasureAsync(services, "baseline: row by row", sample.Count, async () =>
            {
                var kept = 0;
                foreach (var email in sample)
                {
                    var contact = await store.FindAsync(email);
                    var entry = await suppression.FindAsync(email);
                    kept += contact is not null && segment.Filter.Matches(contact) && entry?.Reason is null && contact.Suppression is null ? 1 : 0;
                }

                return kept;
            });
            steps.Add(baseline);

            var best = runs.Min(r => r.Milliseconds);
            var projectedMs = baseline.Milliseconds / sample.Count * rows;
            return new ScenarioResult("segment", steps, new Dictionary<string, object>
            {
                ["rows"] = rows,
                ["recipients"] = manifest.Recipients.Count,
                ["excluded"] = manifest.Excluded.Count,
                ["resolveMs"] = Math.Round(best),
                ["resolveFirstRunMs"] = Math.Round(runs[0].Milliseconds),
                ["resolveRequests"] = runs[0].Requests,
                ["baselineRows"] = sample.Count,
                ["baselineProjectedMs"] = Math.Round(projectedMs),
                ["baselineProjectedRequests"] = (int)Math.Round((double)baseline.Requests / sample.Count * rows),
                ["speedup"] = Math.Round(projectedMs / best, 1),
            },
            [
                Target.Milliseconds("resolve time (best of 3)", best, TargetMilliseconds),

                // A projected scan of 8 partition ranges: about one request per 1,000 contacts per range.
                Target.Count("resolve requests", runs[0].Requests, (rows / 1000) + 16 + 2),
            ]);
        }
        finally
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
        }
    }
}
