using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Privacy;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Privacy;

/// <summary>Its own Azurite: retention scans the whole list.</summary>
public sealed class ContactRetentionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnInactiveContactIsFlaggedThenPurgedUnlessSomeoneKeepsItOrItComesAlive()
    {
        var held = new FakePersonalDataSource();
        await using var services = await ContactsTestKit.CreateAsync(azurite, s => s.AddSingleton<IPersonalDataSource>(held));
        var forgotten = await services.CreateContactAsync(ContactsTestKit.Unique("forgotten"));
        var kept = await services.CreateContactAsync(ContactsTestKit.Unique("kept"), city: "Lyon");
        var revived = await services.CreateContactAsync(ContactsTestKit.Unique("revived"));
        var mailedOnly = await services.CreateContactAsync(ContactsTestKit.Unique("mailed"));
        var retention = services.Get<ContactRetention>();

        services.Time.Advance(TimeSpan.FromDays(1094));
        await services.Get<IJournalistContacts>().RecordActivityAsync(mailedOnly.Email, new ContactActivity(ContactActivityKind.StatementSent, "Communiqué", "st-1", null, services.Time.GetUtcNow()));
        Assert.Equal(new RetentionReport(0, 0), await retention.RunAsync());

        services.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(new RetentionReport(4, 0), await retention.RunAsync());
        Assert.NotNull((await services.Get<ContactStore>().GetAsync(forgotten.Email)).ReviewFlaggedAt);
        Assert.Equal(4, (await services.Get<ContactDirectory>().ListAsync(services.Spokesperson(), new ContactFilter { ReviewDue = true }, null, null)).Items.Count);
        Assert.Equal(ContactActivityKind.RetentionReview, (await services.TimelineAsync(forgotten.Email))[0].Kind);

        services.Time.Advance(TimeSpan.FromDays(10));
        await services.Get<ContactEditor>().KeepAsync(services.Member(TestSettings.LyonLead), kept.Email);
        await services.Get<IJournalistContacts>().RecordActivityAsync(revived.Email, new ContactActivity(ContactActivityKind.Inquiry, "Nouvelle demande", "PIA-2029-0001", null, services.Time.GetUtcNow()));

        services.Time.Advance(TimeSpan.FromDays(21));
        Assert.Equal(new RetentionReport(0, 2), await retention.RunAsync());

        Assert.Null(await services.Get<ContactStore>().FindAsync(forgotten.Email));
        Assert.Null(await services.Get<ContactStore>().FindAsync(mailedOnly.Email));
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(forgotten.Email));
        Assert.Null((await services.Get<ContactStore>().GetAsync(kept.Email)).ReviewFlaggedAt);
        Assert.Null((await services.Get<ContactStore>().GetAsync(revived.Email)).ReviewFlaggedAt);
        Assert.Null(await services.Get<IJournalistContacts>().SuppressionAsync(forgotten.Email));
        Assert.Equal(new[] { forgotten.Email, mailedOnly.Email }.Order(StringComparer.Ordinal), held.Erased.Select(e => e.Email).Order(StringComparer.Ordinal));
        Assert.All(held.Erased, e => Assert.Matches("^erased-[0-9a-f]{16}@erased\\.invalid$", e.Pseudonym));
        var purge = Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: forgotten.Email));
        Assert.Equal((ContactAuditAction.RetentionPurged, ContactAuditLog.System), (purge.Action, purge.Actor));
    }
}
