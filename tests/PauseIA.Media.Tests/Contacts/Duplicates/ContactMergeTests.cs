using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Duplicates;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Duplicates;

public sealed class ContactMergeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheSamePersonUnderTwoAddressesIsFoundAndMergedKeepingBothTimelines()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var last = $"Dubois{Guid.NewGuid():N}"[..16];
        var keep = await services.CreateContactAsync(ContactsTestKit.Unique("claire", "lemonde.fr"), firstName: "Claire", lastName: last, outlet: "Le Monde", beats: ["ia"]);
        var merge = await services.Get<ContactEditor>().CreateAsync(services.Spokesperson(), new ContactInput
        {
            Email = ContactsTestKit.Unique("cdubois", "gmail.com"), FirstName = "CLAIRE", LastName = last.ToLowerInvariant(), Outlet = "le monde",
            Phone = "+33 6 00 00 00 00", Beats = ["tech"], Notes = "Adresse perso",
        });
        await services.CreateContactAsync(ContactsTestKit.Unique("other"), firstName: "Claire", lastName: last, outlet: "Libération");
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Get<IJournalistContacts>().RecordActivityAsync(merge.Email, new ContactActivity(ContactActivityKind.Inquiry, "Demande", "PIA-2026-0100", null, services.Time.GetUtcNow()));
        await services.Get<IJournalistContacts>().OptOutAsync(merge.Email, "list-unsubscribe");

        var group = Assert.Single(await services.Get<DuplicateFinder>().FindAsync(services.Spokesperson()), g => g.Contacts.Any(c => c.Email == keep.Email));
        Assert.Equal("sameNameAndOutlet", group.Reason);
        Assert.Equal(new[] { merge.Email, keep.Email }.Order(StringComparer.Ordinal), group.Contacts.Select(c => c.Email));
        string? Compared(Contact contact) => group.Contacts.Single(c => c.Email == contact.Email).ETag;

        services.Time.Advance(TimeSpan.FromMinutes(1));
        var merged = await services.Get<ContactMerger>().MergeAsync(services.Spokesperson(), new MergeRequest(keep.Email, merge.Email, Compared(keep), Compared(merge)));

        Assert.Equal(("Claire", "+33 6 00 00 00 00", "Adresse perso", true), (merged.FirstName, merged.Phone, merged.Notes, merged.OptedOut));
        Assert.Equal(["ia", "tech"], merged.Beats);
        Assert.Null(await services.Get<ContactStore>().FindAsync(merge.Email));
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(merge.Email));
        var kinds = (await services.TimelineAsync(keep.Email)).Select(a => a.Kind).ToList();
        Assert.Equal(ContactActivityKind.Merged, kinds[0]);
        Assert.Equal(2, kinds.Count(k => k == ContactActivityKind.Created));
        Assert.Contains(ContactActivityKind.Inquiry, kinds);
        Assert.Contains(ContactActivityKind.OptedOut, kinds);
        Assert.Equal(SuppressionReason.OptedOut, await services.Get<IJournalistContacts>().SuppressionAsync(keep.Email));
        Assert.Equal(SuppressionReason.OptedOut, await services.Get<IJournalistContacts>().SuppressionAsync(merge.Email));
        Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: keep.Email), e => e.Action == ContactAuditAction.Merged);
    }

    [Fact]
    public async Task AMergeOnAStaleOrWrongRequestChangesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var merger = services.Get<ContactMerger>();
        var member = services.Spokesperson();
        var a = await services.CreateContactAsync(ContactsTestKit.Unique("a"));
        var b = await services.CreateContactAsync(ContactsTestKit.Unique("b"));

        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, a.Email.ToUpperInvariant(), a.ETag, a.ETag)))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, null, a.ETag, b.ETag)))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, b.Email, null, null)))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, b.Email, a.ETag, " ")))).Kind);
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, ContactsTestKit.Unique("nobody"), a.ETag, b.ETag)))).Kind);
        Assert.Equal(DomainErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, b.Email, a.ETag, "W/\"stale\"")))).Kind);
        Assert.Equal(DomainErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(member, new MergeRequest(a.Email, b.Email, "W/\"stale\"", b.ETag)))).Kind);
        Assert.Equal(DomainErrorKind.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => merger.MergeAsync(services.Member(TestSettings.ToulouseLead), new MergeRequest(a.Email, b.Email, a.ETag, b.ETag)))).Kind);
        Assert.Equal(a.ETag, (await services.Get<ContactStore>().GetAsync(a.Email)).ETag);
        Assert.Equal(b.ETag, (await services.Get<ContactStore>().GetAsync(b.Email)).ETag);
    }
}
