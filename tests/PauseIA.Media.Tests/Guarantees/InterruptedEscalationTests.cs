using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.Api;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// The escalation timer marks an unanswered inquiry escalated, then reminds its assignee and tells the spokesperson.
/// A run that dies after the mark, a second run while the first is sending, a run after a finished one: each reminder
/// leaves once, none is lost because the mark was saved, and a reminder SendGrid refused is on the inquiry's timeline.
/// </summary>
[Trait("Category", "Faults")]
public sealed class InterruptedEscalationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // Tests of the class share storage: each runs on its own day, past the resumption of the others' escalations.
    private static int day;

    [Theory]
    [InlineData("POST")] // The first reminder could not be recorded: nothing left.
    [InlineData("PUT")] // SendGrid took the first reminder; that it did could not be recorded.
    public async Task AnEscalationWhoseRunDiedAfterItsMarkSendsEachReminderOnceOnTheNextRuns(string ledgerMethod)
    {
        using var sendGrid = new FaultySendGrid();
        var ledgerDown = new FailingRequests(RequestMethod.Parse(ledgerMethod));
        await using var harness = await HarnessAsync(sendGrid, ledgerDown);
        var inquiry = await SeedDueAsync(harness);
        var escalation = harness.Services.Get<InquiryEscalation>();

        await Assert.ThrowsAsync<RequestFailedException>(() => escalation.RunAsync());
        Assert.NotNull((await harness.Store.FindAsync(inquiry.Reference))!.EscalatedAt);
        harness.Services.Time.Advance(TimeSpan.FromMinutes(5));
        await escalation.RunAsync();
        harness.Services.Time.Advance(TimeSpan.FromMinutes(5));
        await escalation.RunAsync();

        Assert.Equal(1, ledgerDown.Failed);
        AssertEachReminderTakenOnce(sendGrid, inquiry.Reference);
    }

    [Fact]
    public async Task ASecondRunWhileTheFirstIsSendingSendsEachReminderOnce()
    {
        using var sendGrid = new FaultySendGrid();
        await using var harness = await HarnessAsync(sendGrid, new FailingRequests(RequestMethod.Post, times: 0));
        var inquiry = await SeedDueAsync(harness);
        var escalation = harness.Services.Get<InquiryEscalation>();
        IReadOnlyList<string>? second = null;

        // The first run's first reminder is at SendGrid, recorded, its answer not yet come: the second run runs then.
        sendGrid.OnReceived = async (n, _) =>
        {
            if (n == 1)
            {
                second = await escalation.RunAsync();
            }
        };
        var first = await escalation.RunAsync();

        Assert.Equal([inquiry.Reference], first);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<string>>(second));
        AssertEachReminderTakenOnce(sendGrid, inquiry.Reference);
        Assert.All(await harness.Services.Get<MailSends>().ForAsync(inquiry.Reference), s => Assert.Equal(MailSendState.Sent, s.State));
    }

    [Fact]
    public async Task AReminderSendGridRefusedIsAProblemOnTheTimelineAndALaterRunSendsNothingMore()
    {
        using var sendGrid = new FaultySendGrid { Decide = (n, _) => n == 1 ? SendGridFault.Refuse : SendGridFault.None };
        await using var harness = await HarnessAsync(sendGrid, new FailingRequests(RequestMethod.Post, times: 0));
        var inquiry = await SeedDueAsync(harness);
        var escalation = harness.Services.Get<InquiryEscalation>();

        Assert.Equal([inquiry.Reference], await escalation.RunAsync());
        harness.Services.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await escalation.RunAsync());

        Assert.Equal(2, sendGrid.Log.Count);
        var problem = Assert.Single((await harness.Store.FindThreadAsync(inquiry.Reference))!.Events, e => e.Kind == InquiryEventKind.Problem);
        Assert.StartsWith($"Le rappel à {TestSettings.LyonLead} a été refusé par SendGrid", problem.Text, StringComparison.Ordinal);
        Assert.Single(sendGrid.Taken, t => t.RelatedId == inquiry.Reference && t.To == TestSettings.Spokesperson);
    }

    /// <summary>The escalation on Azurite, its send ledger's table behind <paramref name="fault"/>, SendGrid as <paramref name="sendGrid"/>, on a day of its own.</summary>
    private Task<InquiryHarness> HarnessAsync(FaultySendGrid sendGrid, FailingRequests fault)
    {
        var options = new TableClientOptions();
        options.AddPolicy(fault, HttpPipelinePosition.PerCall);
        return InquiryHarness.CreateAsync(
            azurite,
            sendGrid.Settings,
            now: new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).AddDays(Interlocked.Increment(ref day)),
            configure: s => s.AddKeyedSingleton(MailSendLedger.Name, (_, _) => new TableClient(azurite.ConnectionString, MailSendLedger.Name, options)));
    }

    /// <summary>An inquiry assigned to the Lyon lead, unanswered and due for escalation (two reminders: the lead, the spokesperson).</summary>
    private static async Task<Inquiry> SeedDueAsync(InquiryHarness harness)
    {
        var now = harness.Services.Time.GetUtcNow();
        var inquiry = await InquirySeeds.SeedAsync(harness, i => i with { Assignee = TestSettings.LyonLead, Deadline = new(now.AddHours(2), "dans deux heures", "Europe/Paris") });
        harness.Services.Time.Advance(TimeSpan.FromHours(1));
        return inquiry;
    }

    private static void AssertEachReminderTakenOnce(FaultySendGrid sendGrid, string reference)
    {
        var reminded = sendGrid.Taken.Where(t => t.RelatedId == reference && t.Kind == nameof(MailKind.Reminder)).Select(t => t.To).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([TestSettings.LyonLead, TestSettings.Spokesperson], reminded);
        Assert.Empty(sendGrid.TakenTwice);
    }
}
