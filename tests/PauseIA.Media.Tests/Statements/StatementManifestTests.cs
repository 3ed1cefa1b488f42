using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementManifestTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task BeforeSignOffTheManifestIsWhatTheAudienceResolvesToNowWithItsHash()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(3);
        host.Contacts.Add("parti@journal.example", "Parti", segment);
        host.Contacts.Suppress("parti@journal.example", SuppressionReason.OptedOut);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(segment));

        var live = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.Manifest(r, view.Id));
        var signed = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.SignOff(r, view.Id), body: new { contentHash = view.ContentHash, manifestHash = (string?)live.Json!["hash"] });
        var frozen = await host.Services.CallAsync<StatementSignOffFunctions>(host.LyonLead.Email, (f, r) => f.Manifest(r, view.Id));

        Assert.False((bool?)live.Json["frozen"]);
        Assert.Equal(3, live.Json["recipients"]!.AsArray().Count);
        Assert.Equal("optedOut", (string?)live.Json["excluded"]![0]!["reason"]);
        Assert.Equal(200, signed.Status);
        Assert.True((bool?)frozen.Json!["frozen"]);
        Assert.Equal(1, (int?)frozen.Json["number"]);
        Assert.Equal((string?)live.Json["hash"], (string?)frozen.Json["hash"]);
        var statement = await host.StatementAsync(view.Id);
        Assert.Equal((string?)live.Json["hash"], statement.SignOff!.ManifestHash);
        Assert.Equal(ManifestDocument.Hash((await host.Get<StatementBlobs>().ReadAsync(StatementBlobs.ManifestBlob(view.Id, 1)))!), statement.SignOff.ManifestHash);
    }

    [Fact]
    public async Task ASignOffOnAListThatChangedSinceTheSpokespersonLookedIsRefused()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(2);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(segment));
        var looked = await host.Get<StatementSignOffs>().ManifestAsync(view.Id);
        host.Contacts.Add("tard@journal.example", "En Retard", segment);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementSignOffs>().SignOffAsync(view.Id, new SignOffRequest(ManifestHash: looked.Hash), host.Spokesperson, null));
        var staleContent = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementSignOffs>().SignOffAsync(view.Id, new SignOffRequest(ContentHash: new string('0', 64)), host.Spokesperson, null));

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(DomainErrorKind.Conflict, staleContent.Kind);
        Assert.Equal(StatementState.Approved, (await host.StatementAsync(view.Id)).State);
        Assert.Null(await host.Get<StatementBlobs>().ReadAsync(StatementBlobs.ManifestBlob(view.Id, 1)));
    }

    [Fact]
    public async Task ASignOffWithNobodyToSendToIsRefused()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(1);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(segment));
        host.Contacts.Suppress((await host.Get<StatementSignOffs>().ManifestAsync(view.Id)).Recipients[0].Email, SuppressionReason.HardBounce);

        var refused = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.SignOff(r, view.Id));

        Assert.Equal(409, refused.Status);
        Assert.Equal(StatementState.Approved, (await host.StatementAsync(view.Id)).State);
    }
}
