using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Api;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryEscalationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnUnansweredInquiryIsEscalatedOnceHalfwayToItsDeadline()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var now = harness.Services.Time.GetUtcNow();
        var inquiry = await InquirySeeds.SeedAsync(harness, i => i with { Assignee = TestSettings.LyonLead, Deadline = new(now.AddHours(6), "ce soir", "Europe/Paris") });
        var escalation = harness.Services.Get<InquiryEscalation>();

        harness.Services.Time.Advance(TimeSpan.FromHours(2.9));
        var early = await escalation.RunAsync();
        harness.Services.Time.Advance(TimeSpan.FromHours(0.2));
        var due = await escalation.RunAsync();
        var again = await escalation.RunAsync();

        Assert.DoesNotContain(inquiry.Reference, early);
        Assert.Contains(inquiry.Reference, due);
        Assert.DoesNotContain(inquiry.Reference, again);
        var reminders = await harness.SentAsync(inquiry.Reference, "reminder");
        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, r => r.To.Contains(TestSettings.LyonLead) && r.Subject.StartsWith("Rappel", StringComparison.Ordinal));
        Assert.Contains(reminders, r => r.To.Contains(TestSettings.Spokesperson) && r.Subject.StartsWith("Demande presse sans réponse", StringComparison.Ordinal));
        Assert.Contains((await harness.Store.FindThreadAsync(inquiry.Reference))!.Events, e => e.Kind == InquiryEventKind.Escalated);
    }

    [Fact]
    public async Task WithoutADeadlineEscalationComesAfterFourHoursAndNeverForAnAnsweredInquiry()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var waiting = await InquirySeeds.SeedAsync(harness);
        var answered = await InquirySeeds.SeedAsync(harness, i => i.Answer(i.ReceivedAt));
        var escalation = harness.Services.Get<InquiryEscalation>();

        harness.Services.Time.Advance(TimeSpan.FromHours(3.9));
        var early = await escalation.RunAsync();
        harness.Services.Time.Advance(TimeSpan.FromHours(0.2));
        var due = await escalation.RunAsync();

        Assert.DoesNotContain(waiting.Reference, early);
        Assert.Contains(waiting.Reference, due);
        Assert.DoesNotContain(answered.Reference, due);
        Assert.Empty(await harness.SentAsync(answered.Reference, "reminder"));
        var reminder = Assert.Single(await harness.SentAsync(waiting.Reference, "reminder"));
        Assert.Equal([TestSettings.Spokesperson], reminder.To);
    }

    [Fact]
    public async Task AFollowUpToAnAnsweredInquiryIsEscalatedFromItsOwnArrivalNotTheFirstOne()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var now = harness.Services.Time.GetUtcNow();
        var answered = await InquirySeeds.SeedAsync(harness, i => (i with { ReceivedAt = now.AddDays(-3), Deadline = new(now.AddDays(-2), "avant mercredi", "Europe/Paris") }).Answer(now.AddDays(-3)));
        var followedUp = answered.JournalistWrote(now);
        Assert.Equal(SaveOutcome.Saved, await harness.Store.SaveAsync(followedUp, [], []));
        var escalation = harness.Services.Get<InquiryEscalation>();

        var atOnce = await escalation.RunAsync();
        harness.Services.Time.Advance(TimeSpan.FromHours(3.9));
        var early = await escalation.RunAsync();
        harness.Services.Time.Advance(TimeSpan.FromHours(0.2));
        var due = await escalation.RunAsync();

        Assert.DoesNotContain(answered.Reference, atOnce);
        Assert.DoesNotContain(answered.Reference, early);
        Assert.Contains(answered.Reference, due);
        Assert.Equal(now, (await harness.Store.FindAsync(answered.Reference))!.OwedSince);
    }

    [Fact]
    public async Task AnInquiryEscalatedAgainAfterAFollowUpRemindsAgain()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);
        var escalation = harness.Services.Get<InquiryEscalation>();
        harness.Services.Time.Advance(TimeSpan.FromHours(4.1));
        Assert.Contains(inquiry.Reference, await escalation.RunAsync());

        var escalated = (await harness.Store.FindAsync(inquiry.Reference))!;
        var now = harness.Services.Time.GetUtcNow();
        Assert.Equal(SaveOutcome.Saved, await harness.Store.SaveAsync(escalated.Answer(now).JournalistWrote(now.AddMinutes(10)), [], []));
        harness.Services.Time.Advance(TimeSpan.FromHours(4.2));
        var again = await escalation.RunAsync();

        // Each escalation's reminders are keyed apart: the first one's do not stand in for the second's.
        Assert.Contains(inquiry.Reference, again);
        Assert.Equal(2, (await harness.SentAsync(inquiry.Reference, "reminder")).Count);
    }
}
