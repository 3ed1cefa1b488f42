using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Runs <see cref="RenderBenchmarks"/> with BenchmarkDotNet, in this process (no generated project to
/// build), and holds the statement's rendering to at most three times plain Markdig: it adds the
/// allow-list on the tree, French typography, the plain-text part, the email's styles and its template.
/// </summary>
public static class RenderBenchmark
{
    public const double MaxRatio = 3;

    /// <param name="quick">One iteration of each (the smoke test): the ratio is then only indicative.</param>
    public static ScenarioResult Run(bool quick, TextWriter log)
    {
        var job = (quick ? Job.Dry : Job.Default.WithWarmupCount(5).WithIterationCount(20)).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .AddLogger(quick ? NullLogger.Instance : ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "pauseia-benchmarks"))
            .WithOptions(quick ? ConfigOptions.DisableOptimizationsValidator : ConfigOptions.Default);
        var summary = BenchmarkRunner.Run<RenderBenchmarks>(config);
        double Microseconds(string method) =>
            (summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics?.Mean ?? double.NaN) / 1000;
        long Allocated(string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).GcStats.GetBytesAllocatedPerOperation(summary.Reports[0].BenchmarkCase) ?? 0;

        var plain = Microseconds(nameof(RenderBenchmarks.PlainMarkdig));
        var email = Microseconds(nameof(RenderBenchmarks.StatementEmail));
        var parsed = Microseconds(nameof(RenderBenchmarks.StatementEmailFromMarkdown));
        var words = StatementText.Markdown().Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        log.WriteLine($"  plain Markdig {plain:F1} µs, statement email {email:F1} µs, with front matter parsing {parsed:F1} µs");
        return new ScenarioResult("render", [], new Dictionary<string, object>
        {
            ["words"] = words,
            ["plainMarkdigMicroseconds"] = Math.Round(plain, 1),
            ["statementEmailMicroseconds"] = Math.Round(email, 1),
            ["statementEmailFromMarkdownMicroseconds"] = Math.Round(parsed, 1),
            ["bodyHtmlMicroseconds"] = Math.Round(Microseconds(nameof(RenderBenchmarks.BodyHtml)), 1),
            ["bodyTextMicroseconds"] = Math.Round(Microseconds(nameof(RenderBenchmarks.BodyText)), 1),
            ["plainMarkdigAllocatedBytes"] = Allocated(nameof(RenderBenchmarks.PlainMarkdig)),
            ["statementEmailAllocatedBytes"] = Allocated(nameof(RenderBenchmarks.StatementEmail)),
            ["iterations"] = quick ? "dry (1)" : "5 warm-up, 20 measured",
        },
        [
            new Target("statement email / plain Markdig", Math.Round(email / plain, 2), MaxRatio, "×", IsCount: false),
        ]);
    }
}
