using System.Diagnostics.Metrics;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Telemetry;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.Processing;
using PauseIA.Media.Tests.Statements;

namespace PauseIA.Media.Tests.Telemetry;

/// <summary>The service's metrics as the features record them, read back with MetricCollector.</summary>
public sealed class PressOfficeMetricsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public void TagsAreSnakeCaseEnumsAndADeferredBatchIsNamedSo()
    {
        using var provider = new ServiceCollection().AddMetrics().AddSingleton<PressOfficeMetrics>().BuildServiceProvider();
        var metrics = provider.GetRequiredService<PressOfficeMetrics>();
        using var inbound = Collector<long>(provider, "pauseia.inbound.received");
        using var refused = Collector<long>(provider, "pauseia.mail.refused");
        using var batches = Collector<long>(provider, "pauseia.statement.batches");
        using var delay = Collector<double>(provider, "pauseia.inquiry.acknowledgement.delay");

        metrics.InboundReceived(InboundKind.AutoReply);
        metrics.MailRefused(MailKind.InquiryReply, 1, 403);
        metrics.MailRefused(null, 2, 400);
        metrics.StatementBatch(BatchState.Planned);
        metrics.StatementBatch(BatchState.Unknown);
        metrics.Acknowledged(TimeSpan.FromSeconds(-1));

        Assert.Equal("auto_reply", Assert.Single(inbound.GetMeasurementSnapshot()).Tags["kind"]);
        Assert.Equal(
            [("inquiry_reply", 403, 1L), ("unknown", 400, 2L)],
            refused.GetMeasurementSnapshot().Select(m => ((string)m.Tags["kind"]!, (int)m.Tags["status"]!, m.Value)));
        Assert.Equal(["deferred", "unknown"], batches.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
        Assert.Equal(0, Assert.Single(delay.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task AnInquiryCountsItsKindItsAcknowledgementDelayAndItsMailsWithoutAnyAddress()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        using var inbound = Collector<long>(harness.Services.Provider, "pauseia.inbound.received");
        using var delay = Collector<double>(harness.Services.Provider, "pauseia.inquiry.acknowledgement.delay");
        using var sent = Collector<long>(harness.Services.Provider, "pauseia.mail.sent");

        await harness.ReceiveAsync(InboundPosts.Raw(TestMail.Eml("Claire Dupont <claire.metrics@lemonde.fr>", "Interview sur la pause", "Bonjour", "m1@lemonde.fr")));
        harness.Services.Time.Advance(TimeSpan.FromSeconds(3));
        await harness.DrainAsync();
        await harness.ProcessAsync(TestMail.Eml("Claire Dupont <claire.metrics@lemonde.fr>", "Réponse automatique : absente", "Je suis absente.", "m2@lemonde.fr", "Auto-Submitted: auto-replied"));

        Assert.Equal(["inquiry", "auto_reply"], inbound.GetMeasurementSnapshot().Select(m => (string)m.Tags["kind"]!));
        Assert.Equal(3, Assert.Single(delay.GetMeasurementSnapshot()).Value);
        Assert.Equal(1, sent.GetMeasurementSnapshot().Where(m => (string)m.Tags["kind"]! == "acknowledgement").Sum(m => m.Value));
        var tags = inbound.GetMeasurementSnapshot().Concat(sent.GetMeasurementSnapshot()).SelectMany(m => m.Tags.Values).Select(v => $"{v}");
        Assert.DoesNotContain(tags, t => t.Contains('@', StringComparison.Ordinal) || t.Contains("Interview", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AThrottledThenAcceptedBatchCountsTheRefusalTheSendAndBothOutcomes()
    {
        using var stub = new SendGridStub();
        stub.Then(429, retryAfter: "5");
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        using var sent = Collector<long>(host.Services.Provider, "pauseia.mail.sent");
        using var refused = Collector<long>(host.Services.Provider, "pauseia.mail.refused");
        using var batches = Collector<long>(host.Services.Provider, "pauseia.statement.batches");
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(4)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);

        await host.RunSendAsync(id);
        host.Services.Time.Advance(TimeSpan.FromSeconds(5));
        await host.RunSendAsync(id);

        Assert.Equal([("statement", 429, 4L)], refused.GetMeasurementSnapshot().Select(m => ((string)m.Tags["kind"]!, (int)m.Tags["status"]!, m.Value)));
        Assert.Equal(4, sent.GetMeasurementSnapshot().Where(m => (string)m.Tags["kind"]! == "statement").Sum(m => m.Value));
        Assert.Equal(["deferred", "sent"], batches.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
    }

    [Fact]
    public async Task ThePoisonQueuesAreMeasuredWhereTheHostMovesMessages()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        using var poison = Collector<long>(services.Provider, "pauseia.queue.poison.messages");
        var inboundPoison = services.Get<QueueServiceClient>().GetQueueClient(InboundWebhook.QueueName + PoisonQueueWatch.Suffix);
        await inboundPoison.CreateIfNotExistsAsync();
        await inboundPoison.SendMessageAsync("{}");
        await inboundPoison.SendMessageAsync("{}");

        var counts = await services.Get<PoisonQueueWatch>().MeasureAsync();

        Assert.Equal(2, counts["inbound-poison"]);
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), poison.GetMeasurementSnapshot().Select(m => (string)m.Tags["queue"]!).Order(StringComparer.Ordinal));
        Assert.All(counts.Where(c => c.Key != "inbound-poison"), c => Assert.Equal(0, c.Value));
        Assert.Equal(2, poison.GetMeasurementSnapshot().Single(m => (string)m.Tags["queue"]! == "inbound-poison").Value);
    }

    private static MetricCollector<T> Collector<T>(IServiceProvider provider, string instrument)
        where T : struct =>
        new(provider.GetRequiredService<IMeterFactory>(), PressOfficeMetrics.MeterName, instrument);
}
