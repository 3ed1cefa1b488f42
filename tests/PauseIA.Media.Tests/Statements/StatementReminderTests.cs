using PauseIA.Media.Email;
using PauseIA.Media.Statements;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementReminderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheDirectorIsRemindedOncePerSubmissionOfAReviewWaitingTooLong()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Statements:ReviewReminderAfter"] = "1.00:00:00" });
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));
        var reminders = host.Get<StatementReminders>();

        host.Services.Time.Advance(TimeSpan.FromHours(23));
        var tooSoon = await reminders.RunAsync();
        host.Services.Time.Advance(TimeSpan.FromHours(2));
        var due = await reminders.RunAsync();
        var again = await reminders.RunAsync();

        Assert.DoesNotContain(view.Id, tooSoon);
        Assert.Contains(view.Id, due);
        Assert.DoesNotContain(view.Id, again);
        var reminder = Assert.Single(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Reminder), relatedId: view.Id));
        Assert.Equal([TestSettings.CommsDirector], reminder.To);
        Assert.StartsWith("[Reminder: review waiting]", reminder.Subject, StringComparison.Ordinal);
        Assert.Single(await host.Get<StatementTimeline>().ListAsync(view.Id), e => e.Kind == StatementEventKind.ReminderSent);
    }

    [Fact]
    public async Task ANewSubmissionGetsItsOwnReminder()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));
        var reminders = host.Get<StatementReminders>();
        host.Services.Time.Advance(TimeSpan.FromHours(25));
        await reminders.RunAsync();
        var sentBack = await host.Get<StatementReviews>().ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.RequestChanges, "Shorter."), host.Director, null);
        await host.Get<StatementDrafts>().ReviseAsync(view.Id, new SaveStatementRequest("# Court\n"), sentBack.ETag, host.PressOfficer);
        await host.Get<StatementReviews>().SubmitAsync(view.Id, host.PressOfficer, null);

        host.Services.Time.Advance(TimeSpan.FromHours(25));
        var second = await reminders.RunAsync();

        Assert.Contains(view.Id, second);
        Assert.Equal(2, (await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Reminder), relatedId: view.Id)).Count);
    }

    [Fact]
    public async Task AReviewAlreadyDoneIsNotReminded()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(host.NewSegment()));

        host.Services.Time.Advance(TimeSpan.FromDays(3));

        Assert.DoesNotContain(view.Id, await host.Get<StatementReminders>().RunAsync());
    }
}
