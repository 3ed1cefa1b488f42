using PauseIA.Media.Email;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>Embargoes and the scheduler's safety net.</summary>
public sealed class StatementSchedulerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AStatementHeldForItsEmbargoIsScheduledAndSentWhenItLifts()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var markdown = "---\ntitle: Sous embargo\nembargo: 2026-11-30T12:00:00+00:00\n---\n# Texte\n";
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), markdown, EmbargoMode.AtEmbargo);

        var scheduled = await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.Equal(StatementState.Scheduled, scheduled.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), scheduled.ScheduledFor);
        Assert.Equal(StatementState.Scheduled, (await host.StatementAsync(id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));

        host.Services.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var preview = await host.Get<StatementPreviews>().PreviewAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.False(preview.ShowsEmbargoLine);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
        Assert.Single(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));
    }

    [Fact]
    public async Task AStatementSentBeforeItsEmbargoGoesAtOnceWithTheEmbargoLine()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var markdown = "---\ntitle: Sous embargo\nembargo: 2026-12-02T06:00:00+01:00\n---\n# Texte\n";
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), markdown, EmbargoMode.BeforeWithLine);

        var preview = await host.Get<StatementPreviews>().PreviewAsync(id, host.Spokesperson, null);
        var started = await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);

        Assert.True(preview.ShowsEmbargoLine);
        Assert.Null(preview.SendsAt);
        Assert.Equal(StatementState.Sending, started.State);
    }

    [Fact]
    public async Task TheSchedulerRequeuesAStatementWhoseEmbargoLiftedAndAStalledSend()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var embargoed = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), "---\nembargo: 2026-11-30T10:00:00Z\n---\n# T\n", EmbargoMode.AtEmbargo);
        await host.Get<StatementSends>().StartAsync(embargoed, host.Spokesperson, null);
        var stalled = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementSends>().StartAsync(stalled, host.Spokesperson, null);

        var early = await host.Get<StatementScheduler>().RunAsync();
        host.Services.Time.Advance(TimeSpan.FromHours(2));
        var late = await host.Get<StatementScheduler>().RunAsync();

        Assert.DoesNotContain(embargoed, early);
        Assert.DoesNotContain(stalled, early);
        Assert.Contains(embargoed, late);
        Assert.Contains(stalled, late);
    }
}
