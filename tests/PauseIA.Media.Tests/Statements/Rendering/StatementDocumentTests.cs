using PauseIA.Media.Common;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Tests.Statements.Rendering;

public sealed class StatementDocumentTests
{
    [Fact]
    public void EveryFieldIsReadAndTheBodyComesWithoutTheFrontMatter()
    {
        var document = StatementDocument.Parse(
            "---\ntitle: Un titre\nlanguage: en\nembargo: 2026-12-03T10:00:00+01:00\naudience: presse nationale\n---\n\n# Corps\n\nTexte.\n");

        Assert.Equal(
            new StatementDocument("# Corps\n\nTexte.\n", "Un titre", "en", new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(1)), "presse nationale"),
            document);
    }

    [Fact]
    public void WithoutFrontMatterTheWholeTextIsTheBodyInFrench()
    {
        const string markdown = "# Titre\n\nTexte : oui.";

        Assert.Equal(new StatementDocument(markdown, null, "fr", null, null), StatementDocument.Parse(markdown));
    }

    [Fact]
    public void AnUnclosedFrontMatterIsBodyTextNotSilentlyDropped()
    {
        const string markdown = "---\ntitle: jamais fermé\n\nTexte.";

        var document = StatementDocument.Parse(markdown);

        Assert.Equal(markdown, document.Body);
        Assert.Null(document.Title);
    }

    [Fact]
    public void WindowsLineEndingsAreRead()
    {
        var document = StatementDocument.Parse("---\r\ntitle: Titre\r\nlang: en\r\n---\r\n\r\nTexte.\r\n");

        Assert.Equal(("Titre", "en", "Texte.\r\n"), (document.Title, document.Language, document.Body));
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr_CA", "fr")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("\"\"", "fr")]
    public void LanguageAcceptsFrenchAndEnglishWithOrWithoutRegion(string value, string expected)
    {
        Assert.Equal(expected, StatementDocument.Parse($"---\nlanguage: {value}\n---\nTexte.").Language);
        Assert.Equal(expected, StatementDocument.Parse($"---\nlang: {value}\n---\nTexte.").Language);
    }

    [Theory]
    [InlineData("2026-12-03T10:00:00+01:00", "2026-12-03T09:00:00Z")]
    [InlineData("2026-12-03T10:00+01:00", "2026-12-03T09:00:00Z")]
    [InlineData("2026-12-03T09:00:00Z", "2026-12-03T09:00:00Z")]
    [InlineData("2026-12-03T09:00:00.000Z", "2026-12-03T09:00:00Z")]
    [InlineData("2026-12-03 10:00", "2026-12-03T09:00:00Z")]
    [InlineData("2026-12-03T10:00", "2026-12-03T09:00:00Z")]
    [InlineData("'2026-12-03 10:00:00'", "2026-12-03T09:00:00Z")]
    [InlineData("2026-07-14 10:00", "2026-07-14T08:00:00Z")]
    [InlineData("2026-10-25T02:30+02:00", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25T02:30+01:00", "2026-10-25T01:30:00Z")]
    public void EmbargoIsIsoWithAnOffsetOrParisLocalTime(string value, string expectedUtc)
    {
        var embargo = StatementDocument.Parse($"---\nembargo: {value}\n---\nTexte.").Embargo;

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), embargo);
    }

    [Fact]
    public void AParisLocalEmbargoKeepsTheParisOffset()
    {
        var embargo = StatementDocument.Parse("---\nembargo: 2026-07-14 10:00\n---\nTexte.").Embargo;

        Assert.Equal(TimeSpan.FromHours(2), embargo!.Value.Offset);
    }

    [Fact]
    public void AMultiLineTitleBecomesOneLine()
    {
        var document = StatementDocument.Parse("---\ntitle: |\n  Première ligne\n  seconde ligne\n---\nTexte.");

        Assert.Equal("Première ligne seconde ligne", document.Title);
    }

    [Theory]
    [InlineData("title:", null)]
    [InlineData("title: ~", null)]
    [InlineData("title: null", null)]
    [InlineData("title: \"null\"", "null")]
    [InlineData("title: '   '", null)]
    [InlineData("title: 2026", "2026")]
    public void EmptyAndNullValuesMeanNoValue(string line, string? expected)
    {
        Assert.Equal(expected, StatementDocument.Parse($"---\n{line}\n---\nTexte.").Title);
    }

    [Fact]
    public void FieldNamesAreReadWhateverTheirCase()
    {
        var document = StatementDocument.Parse("---\nTitle: Titre\nAudience: locale\n---\nTexte.");

        Assert.Equal(("Titre", "locale"), (document.Title, document.Audience));
    }

    [Theory]
    [InlineData("title: a\n  b: c", 3)]
    [InlineData("title: a\ntitle: b", 3)]
    public void InvalidYamlIsRefusedWithItsLineInTheFile(string yaml, int line)
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse($"---\n{yaml}\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.StartsWith($"L'en-tête YAML est invalide (ligne {line}) : ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"The YAML front matter is invalid (line {line}): ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [non fermé")]
    [InlineData("title: \"jamais fermé")]
    [InlineData("title: a: b")]
    [InlineData("{title: x")]
    public void UnfinishedYamlIsRefused(string yaml)
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse($"---\n{yaml}\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("YAML front matter is invalid", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embrago: 2026-12-03 10:00", "embrago")]
    [InlineData("auteur: Camille", "auteur")]
    [InlineData("title: [un, deux]", "title")]
    [InlineData("audience:\n  presse: oui", "audience")]
    [InlineData("language: de", "de")]
    [InlineData("lang: français", "français")]
    [InlineData("language: fr\nlang: fr", "lang")]
    public void AnUnknownFieldOrAFieldOfTheWrongShapeIsNamedInTheError(string yaml, string named)
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse($"---\n{yaml}\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(" / ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrontMatterThatIsNotAListOfFieldsIsRefused()
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse("---\n- un\n- deux\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("key: value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demain")]
    [InlineData("2026-12-03")]
    [InlineData("03/12/2026 10:00")]
    [InlineData("2026-13-03 10:00")]
    [InlineData("2026-12-03 25:00")]
    [InlineData("2026-12-03T10:00+25:00")]
    [InlineData("jeudi 3 décembre à 10 h")]
    public void AnEmbargoThatIsNotADateAndTimeIsRefused(string value)
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse($"---\nembargo: {value}\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("Invalid embargo", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Embargo invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParisTimeSkippedByTheSpringClockChangeIsRefused()
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse("---\nembargo: 2026-03-29 02:30\n---\nTexte."));

        Assert.Contains("does not exist in Paris", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParisTimeRepeatedByTheAutumnClockChangeAsksForTheOffset()
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse("---\nembargo: 2026-10-25 02:30\n---\nTexte."));

        Assert.Contains("+01:00 or +02:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleLongerThanASubjectLineCanBeIsRefused()
    {
        var error = Assert.Throws<DomainException>(() => StatementDocument.Parse($"---\ntitle: {new string('a', 201)}\n---\nTexte."));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
    }
}
