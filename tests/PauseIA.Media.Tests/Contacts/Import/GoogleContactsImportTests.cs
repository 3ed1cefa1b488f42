using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Import;

/// <summary>A Google Contacts export; its own Azurite because its addresses are fixed.</summary>
public sealed class GoogleContactsImportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AGoogleContactsExportMergesAPersonsSeveralAddresses()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var importer = services.Get<ContactImporter>();
        var file = ContactsTestKit.File("google-contacts.csv");

        var report = await importer.ImportAsync(services.Spokesperson(), file, commit: true);

        Assert.Equal(("utf-8", ",", "google"), (report.Encoding, report.Delimiter, report.Format));
        Assert.Equal(
            [
                (2, ImportOutcome.Create, "claire.dubois@lemonde.fr", null, null),
                (3, ImportOutcome.Create, "t.weber@zeit.de", null, null),
                (4, ImportOutcome.Rejected, null, "missingEmail", null),
                (5, ImportOutcome.Create, "k.haddad@mediapart.fr", null, null),
                (6, ImportOutcome.Duplicate, "claire.dubois@lemonde.fr", null, (int?)2),
            ],
            report.Rows.Select(r => (r.Row, r.Outcome, r.Email, r.ReasonCode, r.MergedInto)));
        Assert.Contains("cdubois@gmail.com", Assert.Single(report.Rows[0].Notes), StringComparison.Ordinal);
        Assert.Contains("karim.haddad(at)mediapart", Assert.Single(report.Rows[3].Notes), StringComparison.Ordinal);

        var store = services.Get<ContactStore>();
        var claire = await store.GetAsync("claire.dubois@lemonde.fr");
        Assert.Equal(("Le Monde", "Paris", "+33 6 12 34 56 78", "Rencontrée au salon VivaTech"), (claire.Outlet, claire.City, claire.Phone, claire.Notes));
        Assert.Equal(["journalistes"], claire.Beats);
        Assert.Null(await store.FindAsync("cdubois@gmail.com"));
        var thomas = await store.GetAsync("t.weber@zeit.de");
        Assert.Equal(("zeit.de", "Hamburg"), (thomas.OutletDomain, thomas.City));
        Assert.Equal(["journalistes", "international"], thomas.Beats);

        var again = await importer.ImportAsync(services.Spokesperson(), file, commit: true);
        Assert.Equal((0, 0, 3), (again.ToCreate, again.ToUpdate, again.Unchanged));
    }
}
