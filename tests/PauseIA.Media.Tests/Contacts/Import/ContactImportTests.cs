using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Import;

public sealed class ContactImportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnAddressAlreadyOnTheListIsMergedWithoutOverwritingWhatTheTeamTyped()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var email = ContactsTestKit.Unique("existing");
        await services.CreateContactAsync(email, city: "Lyon", beats: ["ia"], firstName: "Léa", lastName: null);
        var csv = ContactsTestKit.Utf8($"email;first_name;last_name;city;beats;phone\n{email.ToUpperInvariant()};Lea;Garnier;Paris;tech;04 72 00 00 00\n");

        var merged = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), csv, commit: true);
        var row = Assert.Single(merged.Rows);
        Assert.Equal((ImportOutcome.Update, email), (row.Outcome, row.Email));
        Assert.Equal(["lastName", "beats", "phone"], row.Changes);
        var contact = await services.Get<ContactStore>().GetAsync(email);
        Assert.Equal(("Léa", "Garnier", "Lyon", "04 72 00 00 00"), (contact.FirstName, contact.LastName, contact.City, contact.Phone));
        Assert.Equal(["ia", "tech"], contact.Beats);

        var overwritten = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), csv, commit: true, overwrite: true);
        Assert.Equal(["firstName", "city"], Assert.Single(overwritten.Rows).Changes);
        Assert.Equal(("Lea", "Paris"), ((await services.Get<ContactStore>().GetAsync(email)).FirstName, (await services.Get<ContactStore>().GetAsync(email)).City));
    }

    [Fact]
    public async Task EachKindOfBadRowIsRejectedWithItsReasonAndNothingIsWrittenForIt()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var good = ContactsTestKit.Unique("good");
        var erased = ContactsTestKit.Unique("erased");
        await services.Get<SuppressionList>().AddAsync(erased, SuppressionReason.Erased, null, services.Time.GetUtcNow());
        var rows = new[]
        {
            "email,first_name,media_type,language,phone,owner,city,outlet_domain,lawful_basis,notes",
            $"{good},Ok,,,,,,,,",
            ",,,,,,,,,",
            "pas-une-adresse,Nope,,,,,,,,",
            ",Sans,,,,,,,,",
            $"{ContactsTestKit.Unique("m")},X,blog,,,,,,,",
            $"{ContactsTestKit.Unique("l")},X,,klingon,,,,,,",
            $"{ContactsTestKit.Unique("p")},X,,,appelez-moi,,,,,",
            $"{ContactsTestKit.Unique("o")},X,,,,quelqu'un@ailleurs.fr,,,,",
            $"{ContactsTestKit.Unique("c")},{new string('x', 101)},,,,,,,,",
            $"{ContactsTestKit.Unique("d")},X,,,,,,pas un domaine,,",
            $"{ContactsTestKit.Unique("b")},X,,,,,,,peut-être,",
            $"{ContactsTestKit.Unique("q")},Cl\"aire,,,,,,,,",
            $"{ContactsTestKit.Unique("e")},X,,,,,,,,,en trop",
            $"{erased},Effacé,,,,,,,,",
        };

        var report = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), ContactsTestKit.Utf8(string.Join("\n", rows)), commit: true);

        Assert.Equal(
            ["emptyRow", "invalidEmail", "missingEmail", "badMediaType", "badLanguage", "badPhone", "unknownOwner", "tooLong", "badOutletDomain", "badLawfulBasis", "malformed", "extraCells", "erased"],
            report.Rows.Where(r => r.Outcome == ImportOutcome.Rejected).Select(r => r.ReasonCode));
        Assert.All(report.Rows.Where(r => r.Outcome == ImportOutcome.Rejected), r => Assert.Contains(" / ", r.Reason, StringComparison.Ordinal));
        Assert.Equal((1, 13), (report.ToCreate, report.Rejected));
        Assert.Contains("RGPD", report.Rows[^1].Reason, StringComparison.Ordinal);
        Assert.NotNull(await services.Get<ContactStore>().FindAsync(good));
        Assert.Null(await services.Get<ContactStore>().FindAsync(erased));
    }

    [Fact]
    public async Task ACommitRefusesAPlanThatDiffersFromTheDryRun()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var email = ContactsTestKit.Unique("race");
        var csv = ContactsTestKit.Utf8($"email,city\n{email},Lyon\n");
        var dryRun = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), csv, commit: false);
        await services.CreateContactAsync(email);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), csv, commit: true, expectedFingerprint: dryRun.Fingerprint));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Null((await services.Get<ContactStore>().GetAsync(email)).City);
    }

    [Fact]
    public async Task AnOptOutInTheFileIsKeptAndAnEarlierOneIsNeverLifted()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var declared = ContactsTestKit.Unique("declared");
        var known = ContactsTestKit.Unique("known");
        await services.Get<IJournalistContacts>().OptOutAsync(known, "list-unsubscribe");

        var report = await services.Get<ContactImporter>().ImportAsync(
            services.Spokesperson(), ContactsTestKit.Utf8($"email;désinscrit\n{declared};oui\n{known};non\n"), commit: true);

        Assert.Equal(2, report.ToCreate);
        Assert.True((await services.Get<ContactStore>().GetAsync(declared)).OptedOut);
        Assert.True((await services.Get<ContactStore>().GetAsync(known)).OptedOut);
        Assert.Equal(SuppressionReason.OptedOut, await services.Get<IJournalistContacts>().SuppressionAsync(declared));
    }

    [Fact]
    public async Task AnImportIsWrittenInBatchesOfOnePartition()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var rows = Enumerable.Range(0, 150).Select(i => $"batch{i:D3}.{Guid.NewGuid().ToString("N")[..6]}@radio.fr,Nom{i}");
        var csv = ContactsTestKit.Utf8("email,last_name\n" + string.Join("\n", rows));

        services.Requests.Reset();
        var report = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), csv, commit: true);

        Assert.Equal(150, report.ToCreate);
        // All 150 addresses start with "b": two batches (100 + 50) of one partition, which also record the import
        // (a new contact's creation is read from its row), plus the reads and the audit row.
        Assert.Equal(2, services.Requests.Requests.Count(r => r.EndsWith("/$batch", StringComparison.Ordinal)));
        Assert.DoesNotContain(services.Requests.Requests, r => r.StartsWith("POST /devstoreaccount1/contacts", StringComparison.Ordinal));
        Assert.DoesNotContain(services.Requests.Requests, r => r.StartsWith("PUT /devstoreaccount1/contacts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyThePressTeamImports()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var error = await Assert.ThrowsAsync<DomainException>(() => services.Get<ContactImporter>().ImportAsync(
            services.Member(TestSettings.LyonLead), ContactsTestKit.Utf8("email\na@x.fr\n"), commit: true));
        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }
}
