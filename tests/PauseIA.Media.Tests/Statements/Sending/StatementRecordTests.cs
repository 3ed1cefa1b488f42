using System.Text.Json.Nodes;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>The statement of record, written once when the send ends.</summary>
public sealed class StatementRecordTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheStatementOfRecordIsWrittenOnceWhenTheSendEnds()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));

        var before = await host.Services.CallAsync<StatementReportFunctions>(host.Admin().Email, (f, r) => f.Record(r, id));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);
        var after = await host.Services.CallAsync<StatementReportFunctions>(host.Admin().Email, (f, r) => f.Record(r, id));

        Assert.Equal(404, before.Status);
        Assert.Equal(200, after.Status);
        Assert.Contains($"attachment; filename=statement-{id}-record.json", after.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        var record = JsonNode.Parse(after.Body)!;
        var statement = await host.StatementAsync(id);
        Assert.Equal(statement.SignOff!.ContentHash, (string?)record["contentHash"]);
        Assert.Equal(StatementContentHash.Format, (string?)record["contentHashFormat"]);
        Assert.Equal(TestSettings.CommsDirector, (string?)record["approval"]!["by"]);
        Assert.Equal(TestSettings.Spokesperson, (string?)record["signOff"]!["by"]);
        Assert.Equal(statement.SignOff.ManifestHash, (string?)record["signOff"]!["manifestHash"]);
        Assert.Equal(2, record["manifest"]!["recipients"]!.AsArray().Count);
        Assert.Equal("sent", (string?)record["batches"]![0]!["state"]);
        Assert.False(await host.Get<StatementBlobs>().CreateAsync(StatementBlobs.RecordBlob(id), [1, 2, 3]));
    }
}
