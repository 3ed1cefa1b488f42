using System.Text;
using CsvHelper;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Export;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Export;

public sealed class ContactExportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task EveryCellASpreadsheetWouldRunAsAFormulaIsNeutralised()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"export-{Guid.NewGuid():N}";
        var email = ContactsTestKit.Unique("formula");
        await services.Get<ContactEditor>().CreateAsync(services.Spokesperson(), new ContactInput
        {
            Email = email, FirstName = "=cmd|' /C calc'!A0", LastName = "@SUM(A1:A9)", Outlet = "-2+3", Phone = "+33 6 12 34 56 78",
            Notes = "=HYPERLINK(\"http://evil.example\",\"clic\")\nsuite", Beats = [beat],
        });

        var export = await services.Get<ContactCsvExporter>().ExportAsync(services.Spokesperson(), new ContactFilter { Beats = [beat] });

        Assert.Equal(1, export.Count);
        Assert.Equal([0xEF, 0xBB, 0xBF], export.Content.Take(3));
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(export.Content.AsSpan(3)), new CsvReaderOptions { Separator = ';' });
        Assert.Equal(ContactCsvExporter.Columns, reader.Headers);
        Assert.True(reader.Read());
        string Cell(string column) => reader.GetString(column);
        Assert.Equal(email, Cell("email"));
        Assert.Equal("'=cmd|' /C calc'!A0", Cell("first_name"));
        Assert.Equal("'@SUM(A1:A9)", Cell("last_name"));
        Assert.Equal("'-2+3", Cell("outlet"));
        Assert.Equal("'+33 6 12 34 56 78", Cell("phone"));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"clic\")\nsuite", Cell("notes"));
        Assert.Equal(("", beat, "redaction.fr", "false"), (Cell("media_type"), Cell("beats"), Cell("outlet_domain"), Cell("opted_out")));
        Assert.False(reader.Read());
        Assert.Matches(@"^contacts-\d{4}-\d{2}-\d{2}\.csv$", export.FileName);
    }

    [Fact]
    public async Task AnExportReimportsWithoutChangingAnything()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"round-{Guid.NewGuid():N}";
        var filter = new ContactFilter { Beats = [beat] };
        await services.Get<ContactEditor>().CreateAsync(services.Spokesperson(), new ContactInput
        {
            Email = ContactsTestKit.Unique("round"), FirstName = "Hélène", LastName = "Côté", Outlet = "Ouest-France", MediaType = "tv", Beats = [beat, "ia"],
            City = "Rennes", Language = "fr", Phone = "+33 2 99 00 00 00", Notes = "Ligne 1\nLigne \"2\"; fin", Owner = TestSettings.RennesLead, LawfulBasis = LawfulBasis.Consent,
        });
        await services.CreateContactAsync(ContactsTestKit.Unique("round2"), beats: [beat]);

        foreach (var separator in new[] { ';', ',' })
        {
            var export = await services.Get<ContactCsvExporter>().ExportAsync(services.Spokesperson(), filter, separator);
            var report = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), export.Content, commit: false);

            Assert.Equal(separator.ToString(), report.Delimiter);
            Assert.Equal((2, 0, 0, 2, 0), (report.RowsRead, report.ToCreate, report.ToUpdate, report.Unchanged, report.Rejected));
            Assert.Equal(["source", "hard_bounced", "created_at", "updated_at"], report.IgnoredColumns);
        }
    }

    [Fact]
    public async Task ExportsAreForThePressTeamAndAreLogged()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var lead = await Assert.ThrowsAsync<DomainException>(() => services.Get<ContactCsvExporter>().ExportAsync(services.Member(TestSettings.LyonLead), ContactFilter.All));
        var tab = await Assert.ThrowsAsync<DomainException>(() => services.Get<ContactCsvExporter>().ExportAsync(services.Spokesperson(), ContactFilter.All, '\t'));

        await services.Get<ContactCsvExporter>().ExportAsync(services.Member(TestSettings.CommsDirector), new ContactFilter { Beats = ["nothing-here"] });

        Assert.Equal(DomainErrorKind.Forbidden, lead.Kind);
        Assert.Equal(DomainErrorKind.BadRequest, tab.Kind);
        Assert.Contains(await services.Get<ContactAuditLog>().ListAsync(), e => e.Action == ContactAuditAction.Exported && e.Actor == TestSettings.CommsDirector);
    }
}
