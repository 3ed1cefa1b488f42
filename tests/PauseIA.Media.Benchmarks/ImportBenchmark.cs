using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Imports <c>n</c> generated rows (dry run, commit, then the same file again) and compares the
/// commit with the row-by-row baseline, measured on <c>baselineRows</c> rows of another file in a
/// fresh Azurite and projected to <c>n</c> (the baseline is linear: three requests per row).
/// Targets: the commit under 6 s (batches to different partitions go in parallel) in at most 520
/// requests (500 is the floor for 50,000 rows at 100 a transaction), 10 times faster than row by row.
/// </summary>
public static class ImportBenchmark
{
    public const int DefaultRows = 50_000;
    public const double TargetMilliseconds = 6_000;
    public const double TargetSpeedup = 10;

    /// <summary>A hundred rows a request and a few reads (520 for 50,000); a small file is mostly each partition's last, partial batch.</summary>
    public static double MaxCommitRequests(int rows) =>
        Math.Ceiling(rows / 100.0) + (rows >= 10_000 ? 20 : PauseIA.Media.Contacts.ContactKeys.Partitions.Count + 10);

    public static async Task<ScenarioResult> RunAsync(int rows, int baselineRows)
    {
        var steps = new List<Measurement>();
        var file = ContactFileGenerator.Create(rows, seed: 42, tag: "b");
        Console.WriteLine($"Generated {rows} rows ({file.Length / 1024} KiB, Windows-1252, ';').");

        var (azurite, services) = await Bench.StartAsync();
        ImportReport committed;
        try
        {
            var importer = services.Get<ContactImporter>();
            var member = services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!;
            var (dry, report) = await Bench.MeasureAsync(services, "import: dry run", rows, () => importer.ImportAsync(member, file, commit: false));
            steps.Add(dry);
            var (commit, result) = await Bench.MeasureAsync(services, "import: commit (batched)", rows, () => importer.ImportAsync(member, file, commit: true, expectedFingerprint: report.Fingerprint));
            steps.Add(commit);
            committed = result;
            var (again, repeat) = await Bench.MeasureAsync(services, "import: same file again", rows, () => importer.ImportAsync(member, file, commit: true));
            steps.Add(again);
            if (repeat.ToCreate + repeat.ToUpdate != 0)
            {
                throw new InvalidOperationException("Re-importing the same file changed something.");
            }
        }
        finally
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
        }

        var baselineFile = ContactFileGenerator.Create(baselineRows, seed: 7, tag: "r");
        (azurite, services) = await Bench.StartAsync();
        Measurement baseline;
        try
        {
            var rowByRow = ActivatorUtilities.CreateInstance<RowByRowImporter>(services.Provider);
            var member = services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!;
            (baseline, _) = await Bench.MeasureAsync(services, "baseline: row by row", baselineRows, () => rowByRow.ImportAsync(member, baselineFile));
            steps.Add(baseline);
        }
        finally
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
        }

        var commitStep = steps[1];
        var projectedMs = baseline.Milliseconds / baselineRows * rows;
        var projectedRequests = (int)Math.Round((double)baseline.Requests / baselineRows * rows);
        var speedup = projectedMs / commitStep.Milliseconds;
        return new ScenarioResult("import", steps, new Dictionary<string, object>
        {
            ["rows"] = rows,
            ["created"] = committed.ToCreate,
            ["duplicatesMerged"] = committed.DuplicatesMerged,
            ["rejected"] = committed.Rejected,
            ["commitMs"] = Math.Round(commitStep.Milliseconds),
            ["commitRequests"] = commitStep.Requests,
            ["baselineRows"] = baselineRows,
            ["baselineProjectedMs"] = Math.Round(projectedMs),
            ["baselineProjectedRequests"] = projectedRequests,
            ["speedup"] = Math.Round(speedup, 1),
        },
        [
            Target.Milliseconds("commit time", commitStep.Milliseconds, TargetMilliseconds),
            Target.Count("commit requests", commitStep.Requests, MaxCommitRequests(rows)),
            new Target("speedup over row by row", Math.Round(speedup, 1), TargetSpeedup, "×", IsCount: false, AtLeast: true),
        ]);
    }
}
