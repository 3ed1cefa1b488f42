using System.Text;
using PauseIA.Media.Email;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Tests.Statements.Languages;

public sealed class TranslatedContentHashTests
{
    private static readonly LanguageVersion Primary = LanguageVersion.Primary("# Traité\n\nTexte é.\n", "Traité");

    private static readonly StatementContent Untranslated = new(
        Primary.Markdown, Primary.Document.Title, null, null, new MailAddress("presse@pauseia.fr", "Pause IA – Presse"), StatementAudience.ForSegment("presse-nationale"));

    private static readonly LanguageVersion English = LanguageVersion.Translation("en", "# Treaty\n\nText.\n", "Treaty", Primary.Document);

    private static readonly LanguageVersion Spanish = LanguageVersion.Translation("es", "# Tratado\n", null, Primary.Document);

    [Fact]
    public void TranslationsFollowThePrimaryTextInTheCanonicalFormUnderFormat2()
    {
        var canonical = Encoding.UTF8.GetString(StatementContentHash.Canonicalize(Untranslated with { Translations = [English] }));

        Assert.Equal(
            "format:19:pauseia-statement/2\n" +
            "title:7:Traité\n" +
            "embargo:0:\n" +
            "embargo-mode:0:\n" +
            "sender-email:17:presse@pauseia.fr\n" +
            "sender-name:19:Pause IA – Presse\n" +
            "audience:24:segment:presse-nationale\n" +
            "markdown:21:# Traité\n\nTexte é.\n\n" +
            "translations:1:1\n" +
            "translation-language:2:en\n" +
            "translation-title:6:Treaty\n" +
            "translation-markdown:16:# Treaty\n\nText.\n\n",
            canonical);
    }

    [Fact]
    public void AStatementWithoutTranslationsKeepsFormat1SoEarlierApprovalsStillHold() =>
        Assert.StartsWith("format:19:pauseia-statement/1\n", Encoding.UTF8.GetString(StatementContentHash.Canonicalize(Untranslated)), StringComparison.Ordinal);

    [Fact]
    public void TheOrderTranslationsAreGivenInDoesNotChangeTheHash() =>
        Assert.Equal(
            StatementContentHash.Compute(Untranslated with { Translations = [English, Spanish] }),
            StatementContentHash.Compute(Untranslated with { Translations = [Spanish, English] }));

    public static TheoryData<string, LanguageVersion[]> TranslationChanges() => new()
    {
        { "a translation added", [English, Spanish] },
        { "a translation removed", [] },
        { "a translation's text", [LanguageVersion.Translation("en", "# Treaty\n\nText!\n", "Treaty", Primary.Document)] },
        { "a translation's title", [LanguageVersion.Translation("en", "# Treaty\n\nText.\n", "The treaty", Primary.Document)] },
    };

    [Theory]
    [MemberData(nameof(TranslationChanges))]
    public void EveryLanguageVersionIsCovered(string change, LanguageVersion[] translations)
    {
        var approved = StatementContentHash.Compute(Untranslated with { Translations = [English] });

        Assert.True(approved != StatementContentHash.Compute(Untranslated with { Translations = translations }), change);
    }

    [Fact]
    public void EachLanguageHasAHashOfItsOwnThatOnlyItsTextAndTitleMove()
    {
        Assert.Equal(64, English.Hash.Length);
        Assert.Equal(English.Hash, LanguageVersion.Translation("en", "# Treaty\n\nText.\n", "Treaty", LanguageVersion.Primary("# Autre\n", null).Document).Hash);
        Assert.NotEqual(English.Hash, LanguageVersion.Translation("en", "# Treaty\n\nText.\n", null, Primary.Document).Hash);
    }
}
