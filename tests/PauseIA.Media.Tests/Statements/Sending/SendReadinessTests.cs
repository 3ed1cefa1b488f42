using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>What stops a send: content or a sender that is no longer what was approved.</summary>
public sealed class SendReadinessTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ContentThatNoLongerHashesToTheApprovalSendsNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        var blob = host.Services.GetKeyed<Azure.Storage.Blobs.BlobContainerClient>(StatementBlobs.Name).GetBlobClient(StatementBlobs.VersionBlob(id, 1));
        await blob.DeleteAsync();
        await blob.UploadAsync(BinaryData.FromString(StatementsTestHost.Markdown.Replace("traité", "moratoire", StringComparison.Ordinal)));

        var refused = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id));

        Assert.Equal(409, refused.Status);
        Assert.Equal(StatementState.Draft, (await host.StatementAsync(id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));
    }

    [Fact]
    public async Task ASenderChangedSinceTheApprovalSendsNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        await using var renamed = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Mail:PressName"] = "Pause IA" }, host.Contacts, host.Inquiries);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => renamed.Get<StatementSends>().StartAsync(id, renamed.Spokesperson, null));

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(StatementState.Draft, (await host.StatementAsync(id)).State);
    }
}
