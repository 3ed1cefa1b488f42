using System.Text;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Import;

namespace PauseIA.Media.Tests.Contacts.Import;

public sealed class ContactCsvReaderTests
{
    static ContactCsvReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void AFrenchExcelFileIsReadAsWindows1252WithSemicolons()
    {
        var file = ContactCsvReader.Read(ContactsTestKit.File("excel-fr-1252.csv"), 1000);

        Assert.Equal("windows-1252", file.Encoding);
        Assert.Equal(";", file.Delimiter);
        Assert.Equal("french", file.Format);
        Assert.Equal(10, file.Lines.Count);
        Assert.Equal(Enumerable.Range(2, 10), file.Lines.Select(l => l.Row));
        Assert.Equal("Hélène", file.Lines[0].Input.FirstName);
        Assert.Equal("Préfère \"les appels\" le matin\r\nPas le vendredi", file.Lines[5].Input.Notes);
        Assert.Equal("Cœur de cible : 50 € l'abonnement", file.Lines[9].Input.Notes);
        Assert.True(file.Lines[2].Empty);
        Assert.All(file.Lines, l => Assert.Null(l.Problem));
    }

    [Theory]
    [InlineData("utf-8 with BOM", "\uFEFFemail,first_name\nclaire@lemonde.fr,Claire\n", "utf-8", ",")]
    [InlineData("utf-8 without BOM", "email;first_name\nclaire@lemonde.fr;Clémence\n", "utf-8", ";")]
    [InlineData("tabs", "email\tfirst_name\nclaire@lemonde.fr\tClaire\n", "utf-8", "\\t")]
    [InlineData("Excel's sep= line", "sep=;\nemail;first_name\nclaire@lemonde.fr;Claire\n", "utf-8", ";")]
    public void EncodingsAndSeparatorsAreDetected(string why, string text, string encoding, string delimiter)
    {
        var file = ContactCsvReader.Read(Encoding.UTF8.GetBytes(text), 1000);

        Assert.True(encoding == file.Encoding, why);
        Assert.Equal(delimiter, file.Delimiter);
        Assert.Equal(["claire@lemonde.fr"], Assert.Single(file.Lines).Emails);
        Assert.Equal(2, file.Lines[0].Row);
    }

    [Fact]
    public void Utf16FromExcelsUnicodeTextIsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("email\tnom\nanne@afp.com\tMorel\n")).ToArray();
        var file = ContactCsvReader.Read(bytes, 1000);
        Assert.Equal("utf-16", file.Encoding);
        Assert.Equal("Morel", Assert.Single(file.Lines).Input.LastName);
    }

    [Fact]
    public void GoogleContactsCellsWithSeveralAddressesAndLabelsAreSplit()
    {
        var file = ContactCsvReader.Read(ContactsTestKit.File("google-contacts.csv"), 1000);

        Assert.Equal("google", file.Format);
        Assert.Equal(["claire.dubois@lemonde.fr", "cdubois@gmail.com"], file.Lines[0].Emails);
        Assert.Equal(["Journalistes"], file.Lines[0].Input.Beats);
        Assert.Equal("Paris", file.Lines[0].Input.City);
        Assert.Equal(["t.weber@zeit.de", "thomas.weber@gmail.com"], file.Lines[1].Emails);
        Assert.Equal("https://www.zeit.de", file.Lines[1].Input.OutletDomain);
        Assert.Equal(3, file.Lines[1].Row);
        Assert.Contains("Organization Title", file.IgnoredColumns);
    }

    [Fact]
    public void AFullNameColumnIsSplitAtTheFirstSpace()
    {
        var file = ContactCsvReader.Read(Encoding.UTF8.GetBytes("Nom complet;Adresse e-mail\nJean de La Fontaine;jean@fables.fr\n"), 1000);
        var input = Assert.Single(file.Lines).Input;
        Assert.Equal("Jean", input.FirstName);
        Assert.Equal("de La Fontaine", input.LastName);
    }

    [Fact]
    public void BrokenQuotingAndExtraCellsAreReportedOnTheirRow()
    {
        var file = ContactCsvReader.Read(Encoding.UTF8.GetBytes("email,first_name\na@x.fr,Cl\"aire\nb@x.fr,Marc,Dupont\nc@x.fr,Léa\n"), 1000);

        Assert.Equal("malformed", file.Lines[0].Problem?.Code);
        Assert.Equal("extraCells", file.Lines[1].Problem?.Code);
        Assert.Null(file.Lines[2].Problem);
    }

    [Fact]
    public void AQuoteBeforeAFormulaFromOurOwnExportIsTakenOff()
    {
        var file = ContactCsvReader.Read(Encoding.UTF8.GetBytes("email;phone;notes\na@x.fr;'+33 6 12 34 56 78;'=1+1\n"), 1000);
        Assert.Equal("+33 6 12 34 56 78", file.Lines[0].Input.Phone);
        Assert.Equal("=1+1", file.Lines[0].Input.Notes);
    }

    [Theory]
    [InlineData("", "vide")]
    [InlineData("PK\u0003\u0004 zip", "Excel")]
    [InlineData("first_name,last_name\nClaire,Dubois\n", "adresse e-mail")]
    public void AFileThatCannotBeImportedIsA400(string text, string messagePart)
    {
        var error = Assert.Throws<DomainException>(() => ContactCsvReader.Read(Encoding.Latin1.GetBytes(text), 1000));
        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithMoreRowsThanAllowedIsA413()
    {
        var error = Assert.Throws<DomainException>(() => ContactCsvReader.Read(Encoding.UTF8.GetBytes("email\na@x.fr\nb@x.fr\nc@x.fr\n"), 2));
        Assert.Equal(DomainErrorKind.PayloadTooLarge, error.Kind);
    }
}
