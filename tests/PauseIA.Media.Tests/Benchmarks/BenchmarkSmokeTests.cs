using PauseIA.Media.Benchmarks;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Benchmarks;

/// <summary>
/// Each benchmark scenario once, small, so that none of them rots: it must run to the end and keep the
/// targets a machine cannot change (storage and SendGrid requests per email, per batch, per page).
/// Times and memory are the benchmark run's business (README, "Performance"), not a test's.
/// </summary>
[Collection(nameof(BenchmarkSmokeTests))]
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task InboundEmailsKeepTheirRequestBudgetsAndAllAreProcessed()
    {
        var result = await InboundBenchmark.RunAsync(emails: 24, Log, perKind: 4);

        AssertInvariants(result);
        Assert.Equal(4, result.Invariants.Count());
    }

    [Fact]
    public async Task AFanoutSendsOneRequestPerBatchAndSkipsTheLateOptOuts()
    {
        var result = await FanoutBenchmark.RunAsync(rows: 1_200, Log);

        AssertInvariants(result);
        Assert.Equal(2, result.Figures["sendGridStatementRequests"]);
    }

    [Fact]
    public async Task InboxPagesCostTheSameWithAHundredTimesTheHistory()
    {
        var result = await InboxBenchmark.RunAsync(rows: 300, Log);

        AssertInvariants(result);
        Assert.True(result.Invariants.Count() >= 10);
    }

    [Fact]
    public void RenderingRunsUnderBenchmarkDotNet()
    {
        var result = RenderBenchmark.Run(quick: true, Log);

        Assert.True((double)result.Figures["plainMarkdigMicroseconds"] > 0);
        Assert.True((double)result.Figures["statementEmailMicroseconds"] > 0);
    }

    [Fact]
    public async Task LocalHostStartsAndAnswersHealthWithAndWithoutAzuriteRunning()
    {
        var result = await StartupBenchmark.RunAsync(runs: 1, Log);

        Assert.Equal(2, result.Steps.Count);
    }

    [Fact]
    public async Task AnImportCommitsAHundredRowsPerRequest()
    {
        var result = await ImportBenchmark.RunAsync(rows: 400, baselineRows: 40);

        AssertInvariants(result);
    }

    [Fact]
    public async Task ASegmentIsResolvedInAFewRangeQueries()
    {
        var result = await SegmentBenchmark.RunAsync(rows: 400, baselineRows: 40);

        AssertInvariants(result);
    }

    private TextWriter Log { get; } = new OutputWriter(output);

    private void AssertInvariants(ScenarioResult result)
    {
        result.Print(Log);
        Assert.All(result.Invariants, target => Assert.True(target.Met, target.ToString()));
    }

    private sealed class OutputWriter(ITestOutputHelper output) : StringWriter
    {
        public override void WriteLine(string? value) => output.WriteLine(value ?? "");
    }
}
