using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

public sealed class JournalistContactsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnInquirysSenderIsCreatedOnceThenFoundAndFillsBlanksOnly()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contacts = services.Get<IJournalistContacts>();
        var email = ContactsTestKit.Unique("inquiry", "leprogres.fr");

        var created = (await contacts.FindOrCreateFromInquiryAsync(new InquirySender(email.ToUpperInvariant(), "\"Julien Mahé\"", null, null, "blogosphère", "Lyon", "fr")))!;
        var found = (await contacts.FindOrCreateFromInquiryAsync(new InquirySender(email, "J. Mahé", "Le Progrès", "leprogres.fr", "presse", "Villeurbanne", "fr")))!;

        Assert.Equal((email, "Julien", "Mahé", "Lyon", true), (created.Email, created.FirstName, created.LastName, created.City, created.Created));
        Assert.Null(created.MediaType);
        Assert.Equal(("Julien", "Le Progrès", "Lyon", "print", false), (found.FirstName, found.Outlet, found.City, found.MediaType, found.Created));
        var stored = await services.Get<ContactStore>().GetAsync(email);
        Assert.Equal((ContactSource.Inquiry, "leprogres.fr"), (stored.Source, stored.OutletDomain));
        Assert.Equal(found, await contacts.FindAsync($" {email} "));
        Assert.Null(await contacts.FindAsync("not an address"));
    }

    [Fact]
    public async Task TheSameSenderProcessedTwiceAtOnceMakesOneContact()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var email = ContactsTestKit.Unique("twice");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            services.Get<IJournalistContacts>().FindOrCreateFromInquiryAsync(new InquirySender(email, "Anna Keller", null, null, null, null, "en"))));

        Assert.Single(results, r => r!.Created);
        Assert.Single(await services.TimelineAsync(email));
    }

    [Fact]
    public async Task ActivityIsAppendedForContactsOnlyAndKeepsTheRelationshipAlive()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contacts = services.Get<IJournalistContacts>();
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("activity"));
        var unknown = ContactsTestKit.Unique("unknown");

        services.Time.Advance(TimeSpan.FromDays(3));
        var at = services.Time.GetUtcNow();
        await contacts.RecordActivityAsync(contact.Email, new ContactActivity(ContactActivityKind.Reply, "Réponse envoyée", "PIA-2026-0003", TestSettings.Spokesperson, at));
        await contacts.RecordActivityAsync(unknown, new ContactActivity(ContactActivityKind.Opened, "Ouvert", "st-1", null, at));
        await contacts.RecordActivityAsync("pas une adresse", new ContactActivity(ContactActivityKind.Opened, "Ouvert", "st-1", null, at));

        var timeline = await services.TimelineAsync(contact.Email);
        Assert.Equal(new ContactActivity(ContactActivityKind.Reply, "Réponse envoyée", "PIA-2026-0003", TestSettings.Spokesperson, at), timeline[0]);
        Assert.Equal(at, (await services.Get<ContactStore>().GetAsync(contact.Email)).LastActivityAt);
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(unknown));
        Assert.Null(await services.Get<ContactStore>().FindAsync(unknown));
    }

    [Fact]
    public async Task BouncesAndOptOutsSuppressAnAddressContactOrNot()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contacts = services.Get<IJournalistContacts>();
        var bounced = await services.CreateContactAsync(ContactsTestKit.Unique("bounced"));
        var stranger = ContactsTestKit.Unique("stranger");

        Assert.Null(await contacts.SuppressionAsync(bounced.Email));
        await contacts.MarkHardBouncedAsync(bounced.Email, "550 5.1.1 mailbox unavailable");
        await contacts.MarkHardBouncedAsync(bounced.Email, "550 again");
        await contacts.OptOutAsync(stranger, "list-unsubscribe");

        Assert.Equal(SuppressionReason.HardBounce, await contacts.SuppressionAsync(bounced.Email.ToUpperInvariant()));
        Assert.Equal(SuppressionReason.OptedOut, await contacts.SuppressionAsync(stranger));
        Assert.Equal(SuppressionReason.NoEmail, await contacts.SuppressionAsync("pas-une-adresse"));
        var stored = await services.Get<ContactStore>().GetAsync(bounced.Email);
        Assert.Equal((true, "550 5.1.1 mailbox unavailable"), (stored.HardBounced, stored.BounceReason));
        Assert.Single(await services.TimelineAsync(bounced.Email), a => a.Kind == ContactActivityKind.Bounced);

        var later = (await contacts.FindOrCreateFromInquiryAsync(new InquirySender(stranger, "Ex Abonné", null, null, null, null, "fr")))!;
        Assert.Equal((true, true), (later.Created, later.OptedOut));
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => contacts.OptOutAsync("pas-une-adresse", "x"))).Kind);
    }
}
