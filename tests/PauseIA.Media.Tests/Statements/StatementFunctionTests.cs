using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Queues;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementFunctionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheQueueFunctionSendsAndRefusesAMessageItDidNotWrite()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        var functions = new StatementBackgroundFunctions(host.Get<StatementSendProcessor>(), host.Get<StatementScheduler>(), host.Get<StatementReminders>(), host.Get<QueueFailureLog>());

        await functions.Send(new StatementSendMessage(id).ToJson(), 1, CancellationToken.None);

        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
        await Assert.ThrowsAsync<InvalidDataException>(() => functions.Send("""{"other":1}""", 1, CancellationToken.None));
    }

    [Fact]
    public async Task TheEditorsLivePreviewRendersUnsavedMarkdownAndRefusesAnEmptyOne()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);

        var rendered = await host.Services.CallAsync<StatementPreviewFunctions>(host.PressOfficer.Email, (f, r) => f.Render(r), body: new { markdown = "---\ntitle: Brouillon\n---\n# Texte\n" });
        var empty = await host.Services.CallAsync<StatementPreviewFunctions>(host.PressOfficer.Email, (f, r) => f.Render(r), body: new { markdown = "" });

        Assert.Equal(200, rendered.Status);
        Assert.Contains("Brouillon", (string?)rendered.Json!["subject"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)rendered.Json["html"]));
        Assert.Equal(400, empty.Status);
    }

    [Fact]
    public async Task TheStatsShowTheSendBatchByBatch()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        var stats = await host.Services.CallAsync<StatementReportFunctions>(host.LyonLead.Email, (f, r) => f.Stats(r, id));

        Assert.Equal(200, stats.Status);
        Assert.Equal("sent", (string?)stats.Json!["state"]);
        Assert.Equal(2, (int?)stats.Json["plan"]!["recipients"]);
        Assert.Equal("sent", (string?)stats.Json["batches"]![0]!["state"]);
        Assert.Equal(0, (int?)stats.Json["events"]!["delivered"]);
    }
}
