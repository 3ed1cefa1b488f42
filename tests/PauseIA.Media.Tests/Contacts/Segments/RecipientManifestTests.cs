using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Segments;

public sealed class RecipientManifestTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ASegmentListsItsRecipientsAndEachContactLeftOutWithWhy()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"seg-{Guid.NewGuid():N}";
        var ok = await services.CreateContactAsync(ContactsTestKit.Unique("a-ok"), beats: [beat], language: "en", firstName: "Anna", lastName: "Keller");
        var optedOut = await services.CreateContactAsync(ContactsTestKit.Unique("b-out"), beats: [beat]);
        var bounced = await services.CreateContactAsync(ContactsTestKit.Unique("c-bounce"), beats: [beat]);
        var flagOnlyInList = await services.CreateContactAsync(ContactsTestKit.Unique("d-listed"), beats: [beat]);
        var erased = await services.CreateContactAsync(ContactsTestKit.Unique("e-erased"), beats: [beat]);
        await services.CreateContactAsync(ContactsTestKit.Unique("f-other"), beats: ["autre"]);
        var contacts = services.Get<IJournalistContacts>();
        await contacts.OptOutAsync(optedOut.Email, "list-unsubscribe");
        await contacts.MarkHardBouncedAsync(bounced.Email, "550 5.1.1 user unknown");
        await services.Get<SuppressionList>().AddAsync(flagOnlyInList.Email, SuppressionReason.OptedOut, "sendgrid", services.Time.GetUtcNow());
        await services.Get<ContactEraser>().EraseAsync(services.Spokesperson(), erased.Email, "demande par mail");
        var segment = await services.Get<SegmentStore>().CreateAsync(
            services.Spokesperson(), new SegmentInput("Tech FR", null, new ContactFilter { Beats = [beat], OptedOut = false }));

        var manifest = await contacts.ResolveSegmentAsync(segment.Id);

        var recipient = Assert.Single(manifest.Recipients);
        Assert.Equal(new ManifestRecipient(ok.Email, "Anna Keller", "en"), recipient);
        Assert.Equal(
            [
                ($"Camille Durand <{optedOut.Email}>", SuppressionReason.OptedOut),
                ($"Camille Durand <{bounced.Email}>", SuppressionReason.HardBounce),
                ($"Camille Durand <{flagOnlyInList.Email}>", SuppressionReason.OptedOut),
            ],
            manifest.Excluded.Select(e => (e.Label, e.Reason)));
        Assert.DoesNotContain(manifest.Excluded, e => e.Label.Contains(erased.Email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExplicitAddressesAreResolvedTheSameWayAndAnErasedOneIsNamedWithoutItsAddress()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var ok = await services.CreateContactAsync(ContactsTestKit.Unique("ok"), firstName: null, lastName: null);
        var erased = await services.CreateContactAsync(ContactsTestKit.Unique("erased"));
        await services.Get<ContactEraser>().EraseAsync(services.Spokesperson(), erased.Email, null);

        var manifest = await services.Get<IJournalistContacts>().ResolveEmailsAsync([ok.Email.ToUpperInvariant(), erased.Email, " ", ok.Email]);

        Assert.Equal([new ManifestRecipient(ok.Email, null, "fr")], manifest.Recipients);
        Assert.Equal([(RecipientResolver.ErasedLabel, SuppressionReason.Erased), (RecipientResolver.NoEmailLabel, SuppressionReason.NoEmail)], manifest.Excluded.Select(e => (e.Label, e.Reason)));
        Assert.DoesNotContain(erased.Email, string.Join(' ', manifest.Excluded.Select(e => e.Label)), StringComparison.Ordinal);

        var unknown = ContactsTestKit.Unique("unknown");
        var notContact = await Assert.ThrowsAsync<DomainException>(() => services.Get<IJournalistContacts>().ResolveEmailsAsync([ok.Email, unknown]));
        Assert.Equal(DomainErrorKind.NotFound, notContact.Kind);
        Assert.Contains(unknown, notContact.Message, StringComparison.Ordinal);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => services.Get<IJournalistContacts>().ResolveEmailsAsync(["nope@"]))).Kind);
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => services.Get<IJournalistContacts>().ResolveSegmentAsync("doesnotexist"))).Kind);
    }

    [Fact]
    public async Task OnlyAnAdminLiftsAnOptOutWithAReasonAndItIsLogged()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("lift"));
        var suppressor = services.Get<ContactSuppressor>();
        services.Time.Advance(TimeSpan.FromMinutes(1));
        var optedOut = await suppressor.OptOutByMemberAsync(services.Member(TestSettings.PressOfficer), contact.Email, "au téléphone");
        Assert.Equal((true, "équipe : au téléphone"), (optedOut.OptedOut, optedOut.OptOutSource));

        Assert.Equal(DomainErrorKind.Forbidden, (await Assert.ThrowsAsync<DomainException>(() =>
            suppressor.LiftAsync(services.Member(TestSettings.PressOfficer), contact.Email, SuppressionReason.OptedOut, "erreur"))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() =>
            suppressor.LiftAsync(services.Member(TestSettings.Admin), contact.Email, SuppressionReason.OptedOut, " "))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() =>
            suppressor.LiftAsync(services.Member(TestSettings.Admin), contact.Email, SuppressionReason.Erased, "non"))).Kind);
        Assert.Equal(SuppressionReason.OptedOut, await services.Get<IJournalistContacts>().SuppressionAsync(contact.Email));

        services.Time.Advance(TimeSpan.FromMinutes(1));
        var lifted = await suppressor.LiftAsync(services.Member(TestSettings.Admin), contact.Email, SuppressionReason.OptedOut, "désinscription par erreur, confirmée par écrit");

        Assert.False(lifted.OptedOut);
        Assert.Null(await services.Get<IJournalistContacts>().SuppressionAsync(contact.Email));
        Assert.Equal([ContactActivityKind.OptOutLifted, ContactActivityKind.OptedOut, ContactActivityKind.Created],
            (await services.TimelineAsync(contact.Email)).Select(a => a.Kind));
        var audit = Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: contact.Email));
        Assert.Equal((ContactAuditAction.SuppressionLifted, TestSettings.Admin), (audit.Action, audit.Actor));
        Assert.Contains("confirmée par écrit", audit.Summary, StringComparison.Ordinal);
        Assert.Equal(DomainErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() =>
            suppressor.LiftAsync(services.Member(TestSettings.Admin), contact.Email, SuppressionReason.OptedOut, "encore"))).Kind);
    }

    [Fact]
    public async Task SegmentsAreEditedOnTheVersionReadByThePressTeamOnly()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var store = services.Get<SegmentStore>();
        var member = services.Spokesperson();
        var created = await store.CreateAsync(member, new SegmentInput(" Radios locales ", "Pour les annonces", new ContactFilter { MediaTypes = [MediaType.Radio], Cities = [" Lyon ", ""] }));
        Assert.Equal("Radios locales", created.Name);
        Assert.Equal(["Lyon"], created.Filter.Cities);

        var renamed = await store.ReplaceAsync(member, created.Id, new SegmentInput("Radios", null, created.Filter), new ExpectedVersion(created.ETag!, true));
        var stale = await Assert.ThrowsAsync<DomainException>(() => store.ReplaceAsync(member, created.Id, new SegmentInput("Autre", null, null), new ExpectedVersion(created.ETag!, false)));

        Assert.Equal(DomainErrorKind.Conflict, stale.Kind);
        Assert.Equal("Radios", (await store.GetAsync(created.Id)).Name);
        Assert.Contains(await store.ListAsync(), s => s.Id == created.Id);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => store.CreateAsync(member, new SegmentInput("", null, null)))).Kind);
        Assert.Equal(DomainErrorKind.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => store.CreateAsync(services.Member(TestSettings.LyonLead), new SegmentInput("Lyon", null, null)))).Kind);
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => store.GetAsync("../x"))).Kind);

        await store.DeleteAsync(member, created.Id, new ExpectedVersion(renamed.ETag!, true));
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => store.GetAsync(created.Id))).Kind);
    }
}
