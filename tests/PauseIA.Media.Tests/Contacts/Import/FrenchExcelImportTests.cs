using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Import;

/// <summary>A French Excel file (Windows-1252, semicolons); its own Azurite because its addresses are fixed.</summary>
public sealed class FrenchExcelImportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AFrenchExcelFileIsReportedRowByRowAndItsDuplicateMerged()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var importer = services.Get<ContactImporter>();
        var file = ContactsTestKit.File("excel-fr-1252.csv");

        var report = await importer.ImportAsync(services.Spokesperson(), file, commit: true);

        Assert.Equal(("windows-1252", ";", "french"), (report.Encoding, report.Delimiter, report.Format));
        Assert.Equal((10, 5, 0, 1, 4), (report.RowsRead, report.ToCreate, report.ToUpdate, report.DuplicatesMerged, report.Rejected));
        Assert.Equal(
            [
                (2, ImportOutcome.Create, "helene.cote@ouest-france.fr", null, null),
                (3, ImportOutcome.Create, "marc.lefevre@ladepeche.fr", null, null),
                (4, ImportOutcome.Rejected, null, "emptyRow", null),
                (5, ImportOutcome.Rejected, null, "invalidEmail", null),
                (6, ImportOutcome.Duplicate, "marc.lefevre@ladepeche.fr", null, (int?)3),
                (7, ImportOutcome.Create, "lucie.martin@lyon-capitale.fr", null, null),
                (8, ImportOutcome.Rejected, null, "missingEmail", null),
                (9, ImportOutcome.Rejected, "sami.benali@blogueurs.fr", "badMediaType", null),
                (10, ImportOutcome.Create, "anne.morel@afp.com", null, null),
                (11, ImportOutcome.Create, "chloe.roux@franceinfo.fr", null, null),
            ],
            report.Rows.Select(r => (r.Row, r.Outcome, r.Email, r.ReasonCode, r.MergedInto)));
        Assert.Contains("jean.dupont@", report.Rows[3].Reason, StringComparison.Ordinal);
        Assert.Contains("blog vidéo", report.Rows[7].Reason, StringComparison.Ordinal);

        var store = services.Get<ContactStore>();
        var helene = await store.GetAsync("helene.cote@ouest-france.fr");
        Assert.Equal(("Hélène", "Côté", "Ouest-France", "Rennes", "fr"), (helene.FirstName, helene.LastName, helene.Outlet, helene.City, helene.Language));
        Assert.Equal(["ia", "société"], helene.Beats);
        var marc = await store.GetAsync("marc.lefevre@ladepeche.fr");
        Assert.Equal(("Lefèvre", "05 62 11 33 00", "Préfère le téléphone"), (marc.LastName, marc.Phone, marc.Notes));
        Assert.Equal(["économie", "numérique"], marc.Beats);
        Assert.Equal("Préfère \"les appels\" le matin\nPas le vendredi", (await store.GetAsync("lucie.martin@lyon-capitale.fr")).Notes);
        var anne = await store.GetAsync("anne.morel@afp.com");
        Assert.Equal((MediaType.Agency, "en", "=HYPERLINK(\"http://evil.example\")"), (anne.MediaType, anne.Language, anne.Notes));
        Assert.Equal("Cœur de cible : 50 € l'abonnement", (await store.GetAsync("chloe.roux@franceinfo.fr")).Notes);
        Assert.Null(await store.FindAsync("sami.benali@blogueurs.fr"));

        var again = await importer.ImportAsync(services.Spokesperson(), file, commit: true);
        Assert.Equal((0, 0, 5, 1, 4), (again.ToCreate, again.ToUpdate, again.Unchanged, again.DuplicatesMerged, again.Rejected));
        Assert.Equal(marc.ETag, (await store.GetAsync("marc.lefevre@ladepeche.fr")).ETag);
    }
}
