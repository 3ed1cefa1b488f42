using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Import;

/// <summary>The shared sample file; its own Azurite because its addresses are fixed.</summary>
public sealed class SampleFileImportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheSharedSampleImportsEveryRowAndASecondImportChangesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var importer = services.Get<ContactImporter>();
        var member = services.Spokesperson();
        var file = ContactsTestKit.Sample("contacts-sample.csv");

        var dryRun = await importer.ImportAsync(member, file, commit: false);
        Assert.False(dryRun.Committed);
        Assert.Equal(("utf-8", ",", "standard"), (dryRun.Encoding, dryRun.Delimiter, dryRun.Format));
        Assert.Equal((6, 6, 0, 0, 0, 0), (dryRun.RowsRead, dryRun.ToCreate, dryRun.ToUpdate, dryRun.Unchanged, dryRun.DuplicatesMerged, dryRun.Rejected));
        Assert.Equal(
            [
                (2, ImportOutcome.Create, "claire.dubois@lemonde.fr"),
                (3, ImportOutcome.Create, "m.hartley@politico.eu"),
                (4, ImportOutcome.Create, "jmahe@leprogres.fr"),
                (5, ImportOutcome.Create, "plateau.soir@bfmtv.com"),
                (6, ImportOutcome.Create, "s.nguyen@franceinter.fr"),
                (7, ImportOutcome.Create, "a.keller@heise.de"),
            ],
            dryRun.Rows.Select(r => (r.Row, r.Outcome, r.Email!)));
        Assert.Null(await services.Get<ContactStore>().FindAsync("claire.dubois@lemonde.fr"));

        var committed = await importer.ImportAsync(member, file, commit: true, expectedFingerprint: dryRun.Fingerprint);
        Assert.True(committed.Committed);
        Assert.Equal(dryRun.Fingerprint, committed.Fingerprint);
        Assert.Equal(dryRun.Rows.Select(r => (r.Row, r.Outcome, r.Email)), committed.Rows.Select(r => (r.Row, r.Outcome, r.Email)));

        var claire = await services.Get<ContactStore>().GetAsync("claire.dubois@lemonde.fr");
        Assert.Equal(("Claire", "Dubois", "Le Monde", "lemonde.fr", MediaType.Print, "Paris", "fr", "+33 6 12 34 56 78", "Service Pixels"),
            (claire.FirstName, claire.LastName, claire.Outlet, claire.OutletDomain, claire.MediaType, claire.City, claire.Language, claire.Phone, claire.Notes));
        Assert.Equal(["tech", "ia"], claire.Beats);
        Assert.Equal(ContactSource.Import, claire.Source);
        var bfm = await services.Get<ContactStore>().GetAsync("plateau.soir@bfmtv.com");
        Assert.Equal((MediaType.Tv, (string?)null), (bfm.MediaType, bfm.FirstName));
        var imported = Assert.Single(await services.TimelineAsync("claire.dubois@lemonde.fr"), a => a.Kind == ContactActivityKind.Imported);
        Assert.Equal((TestSettings.Spokesperson, committed.ImportId), (imported.Actor, imported.RelatedId));

        services.Requests.Reset();
        var again = await importer.ImportAsync(member, file, commit: true);
        Assert.Equal((0, 0, 6), (again.ToCreate, again.ToUpdate, again.Unchanged));
        Assert.All(again.Rows, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
        Assert.Equal(claire.ETag, (await services.Get<ContactStore>().GetAsync("claire.dubois@lemonde.fr")).ETag);
        Assert.DoesNotContain(services.Requests.Requests, r => r.StartsWith("POST /devstoreaccount1/$batch", StringComparison.Ordinal));
    }
}
