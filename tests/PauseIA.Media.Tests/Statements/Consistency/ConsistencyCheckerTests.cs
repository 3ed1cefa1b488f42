using PauseIA.Media.Statements.Consistency;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Tests.Statements.Consistency;

public sealed class ConsistencyCheckerTests
{
    public const string French = """
        ---
        title: Pause IA salue l'AI Act
        embargo: 2026-12-01 10:00
        ---
        # Pause IA salue l'AI Act

        Paris, le 1er décembre 2026. Selon un sondage, 12,5 % des Français et 1 000 chercheurs
        soutiennent une pause. Le budget atteint 1,5 milliard d'euros.

        Sous embargo jusqu'au mardi 1er décembre 2026 à 10 h.

        Conférence de presse à 14 h 30 au Parlement européen, avec le ministre Jean-Noël Barrot et l'ONU.

        - Voir [notre site](https://pauseia.fr/)
        - Écrire à presse@pauseia.fr

        L'IA doit rester sous contrôle, dit Maxime Fournes, porte-parole de Pause IA.
        """;

    public const string English = """
        # Pause IA welcomes the AI Act

        Paris, 1 December 2026. According to a poll, 12.5% of French people and 1,000 researchers
        support a pause. The budget reaches 1.5 billion euros.

        Embargoed until Tuesday, December 1, 2026, 10 am.

        Press conference at 2:30 pm at the European Parliament, with Minister Jean-Noël Barrot and the UN.

        - See [our website](https://PauseIA.fr)
        - Write to presse@pauseia.fr

        AI must stay under control, says Maxime Fournes, spokesperson of Pause IA.
        """;

    public const string EnglishTitle = "Pause IA Welcomes The AI Act";

    [Fact]
    public void EqualValuesWrittenTheWayEachLanguageWritesThemAreNotFlagged() =>
        Assert.Empty(Check(French, English));

    public static TheoryData<string, string> SameValues() => new()
    {
        { "Ils sont 1 000 000.", "They are 1,000,000." },
        { "Ils sont 1 000 000.", "They are 1\u00A0000\u00A0000." },
        { "Un budget de 2,5 milliards d'euros.", "A budget of 2.5 billion euros." },
        { "Un billion, soit 1 billion de dollars.", "A trillion, that is 1 trillion dollars." },
        { "La moitié, 50 pour cent.", "Half, 50 percent." },
        { "Le 1er janvier.", "On January 1st." },
        { "Le jeudi 3 décembre 2026.", "On Thursday the 3rd of December 2026." },
        { "Le 03/12/2026.", "On 3 December 2026." },
        { "Le 3 décembre.", "On 3 December 2026." },
        { "Le 2026-12-03.", "On 3 Dec. 2026." },
        { "En décembre 2026.", "In December 2026." },
        { "À 10 h.", "At 10:00." },
        { "À 9 h 05.", "At 9.05 am." },
        { "À 14 heures.", "At 2 p.m." },
        { "Pendant 2 heures.", "For 2 hours." },
        { "La 2e fois.", "The 2nd time." },
        { "Écrivez à <presse@pauseia.fr>.", "Write to <presse@pauseia.fr>." },
        { "Selon l'OMS et l'OTAN.", "According to the WHO and NATO." },
        { "Selon PauseAI et OpenAI.", "According to PauseAI and OpenAI." },
        { "Sur le modèle de l'AIEA.", "Modelled on the IAEA." },
        { "Paris, le 3 mars — Nous agissons.", "Paris, 3 March — We act." },
        { "Appelez le 06 12 34 56 78.", "Call +33 6 12 34 56 78." },
    };

    [Theory]
    [MemberData(nameof(SameValues))]
    public void TheSameValueWrittenInEachLanguagesWayIsNotFlagged(string french, string english) =>
        Assert.Empty(Check(french, english, englishTitle: null));

    public static TheoryData<DivergenceCategory, string, string> OneDivergenceEach() => new()
    {
        { DivergenceCategory.Number, "12.5%", "12.6%" },
        { DivergenceCategory.Date, "Paris, 1 December 2026.", "Paris, 2 December 2026." },
        { DivergenceCategory.Time, "2:30 pm", "3:30 pm" },
        { DivergenceCategory.Url, "https://PauseIA.fr", "https://pauseai.info" },
        { DivergenceCategory.Email, "Write to presse@pauseia.fr", "Write to press@pauseia.fr" },
        { DivergenceCategory.Embargo, "10 am.", "11 am." },
        { DivergenceCategory.Headings, "# Pause IA welcomes the AI Act\n", "# Pause IA welcomes the AI Act\n\n## Summary\n" },
        { DivergenceCategory.Paragraphs, "a poll, 12.5%", "a poll.\n\nThat is 12.5%" },
        { DivergenceCategory.ListItems, "- Write to presse@pauseia.fr\n", "- Write to presse@pauseia.fr\n- Call us\n" },
        { DivergenceCategory.Name, "Minister Jean-Noël Barrot", "Minister Jean-Noël Barrow" },
    };

    [Theory]
    [MemberData(nameof(OneDivergenceEach))]
    public void ADivergenceInEachCategoryIsFoundAndNothingElse(DivergenceCategory category, string written, string planted)
    {
        Assert.Contains(written, English, StringComparison.Ordinal);

        var divergence = Assert.Single(Check(French, English.Replace(written, planted, StringComparison.Ordinal)));

        Assert.Equal(category, divergence.Category);
        Assert.Equal("en", divergence.Language);
    }

    [Fact]
    public void ALinkDroppedFromTheTranslationCountsAsAMissingLinkAndAMissingAddress()
    {
        var divergences = Check(French, English.Replace("[our website](https://PauseIA.fr)", "our website", StringComparison.Ordinal));

        Assert.Equal([DivergenceCategory.Url, DivergenceCategory.Links], divergences.Select(d => d.Category));
        var links = divergences[1];
        Assert.Equal(("1", "0"), (links.Primary.Value, links.Translation.Value));
        Assert.Equal(("listItem", 1), (links.Primary.Where!.Block, links.Primary.Where.Index));
        Assert.Equal(("listItem", 1), (links.Translation.Where!.Block, links.Translation.Where.Index));
    }

    [Fact]
    public void ADivergenceSaysWhereItIsInBothTexts()
    {
        var divergence = Assert.Single(Check(French, English.Replace("12.5%", "12.6%", StringComparison.Ordinal)));

        Assert.Equal("12,5 %", divergence.Primary.Value);
        Assert.Equal("12.6%", divergence.Translation.Value);
        Assert.Equal(new TextLocation("paragraph", 1, 7, divergence.Primary.Where!.Excerpt), divergence.Primary.Where);
        Assert.Equal(new TextLocation("paragraph", 1, 3, divergence.Translation.Where!.Excerpt), divergence.Translation.Where);
        Assert.StartsWith("Paris, le 1er décembre 2026.", divergence.Primary.Where.Excerpt, StringComparison.Ordinal);
        Assert.StartsWith("Paris, 1 December 2026.", divergence.Translation.Where.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueMissingFromOneTextPointsAtTheMatchingBlockOfTheOther()
    {
        var divergence = Assert.Single(Check(French, English.Replace(" and 1,000 researchers", "", StringComparison.Ordinal)));

        Assert.Equal(DivergenceCategory.Number, divergence.Category);
        Assert.Equal(("1 000", null), (divergence.Primary.Value, divergence.Translation.Value));
        Assert.Equal(("paragraph", 1), (divergence.Translation.Where!.Block, divergence.Translation.Where.Index));
    }

    [Fact]
    public void ANameInOneVersionOnlyIsFoundWhereverItStands()
    {
        var divergences = Check(French.Replace("dit Maxime Fournes", "dit Yoshua Bengio avec Maxime Fournes", StringComparison.Ordinal), English);

        var divergence = Assert.Single(divergences);
        Assert.Equal((DivergenceCategory.Name, "Yoshua Bengio", null), (divergence.Category, divergence.Primary.Value, divergence.Translation.Value));
        Assert.Equal("paragraph", divergence.Translation.Where!.Block);
    }

    [Fact]
    public void OnlyNamesWrittenAlikeArePairedAsOneDivergence()
    {
        var divergences = Check(
            "# Sondage\n\nSelon Ipsos, dit Maxime Fournes.\n",
            "# Poll\n\nAccording to a poll, says Maxime Fourney.\n",
            englishTitle: null);

        Assert.Equal(
            [("Ipsos", null), ("Maxime Fournes", "Maxime Fourney")],
            divergences.Select(d => (d.Primary.Value, d.Translation.Value)));
    }

    [Fact]
    public void CapitalsThatStartASentenceOrAnEnglishHeadlineAreNotNames()
    {
        var divergences = Check(
            "# Le traité\n\nNous appelons le gouvernement français à agir. Aujourd'hui, la France doit agir.\n",
            "# The Treaty We Need Now\n\nWe call on the French government to act. Today, France must act.\n",
            englishTitle: "Why The Treaty Matters");

        Assert.Empty(divergences);
    }

    [Fact]
    public void AnEmbargoTheTextStatesWrongIsHeldToTheFrontMatter()
    {
        var divergences = Check(French.Replace("à 10 h.", "à 11 h.", StringComparison.Ordinal), English);

        var divergence = Assert.Single(divergences);
        Assert.Equal((DivergenceCategory.Embargo, "fr", "11 h"), (divergence.Category, divergence.Language, divergence.Primary.Value));
        Assert.Equal("2026-12-01 10:00 (Paris)", divergence.Expected);
        Assert.Null(divergence.Translation.Value);
    }

    [Fact]
    public void ATranslationThatDoesNotMentionTheEmbargoIsFlagged()
    {
        var divergences = Check(French, English.Replace("Embargoed until Tuesday, December 1, 2026, 10 am.\n\n", "", StringComparison.Ordinal));

        Assert.Contains(divergences, d => d.Category == DivergenceCategory.Embargo && d.Primary.Value == "embargo" && d.Translation.Value is null);
        Assert.Contains(divergences, d => d.Category == DivergenceCategory.Paragraphs);
    }

    [Fact]
    public void AStatementWithoutTranslationsHasNothingToCompare() =>
        Assert.Empty(ConsistencyChecker.Check(VersionTexts.FromRequest(French, null, null, null)));

    [Fact]
    public void TheReportHashChangesWithTheDivergences()
    {
        var clean = StatementConsistency.Report(Texts(French, English), 1, "x");
        var planted = StatementConsistency.Report(Texts(French, English.Replace("12.5%", "12.6%", StringComparison.Ordinal)), 1, "x");

        Assert.Equal(StatementConsistency.Report(Texts(French, English), 1, "x").Hash, clean.Hash);
        Assert.NotEqual(clean.Hash, planted.Hash);
        Assert.Equal(["fr", "en"], planted.Languages);
    }

    private static IReadOnlyList<ConsistencyDivergence> Check(string french, string english, string? englishTitle = EnglishTitle) =>
        ConsistencyChecker.Check(Texts(french, english, englishTitle));

    private static VersionTexts Texts(string french, string english, string? englishTitle = EnglishTitle) =>
        VersionTexts.FromRequest(french, null, new Dictionary<string, TranslationInput?> { ["en"] = new(englishTitle, english) }, null);
}
