using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void PipeTablesRenderWithTheirAlignment()
    {
        var html = renderer.ToHtml("| Ville | Participants |\n|:---|---:|\n| Lyon | 120 |\n| Rennes | 45 |", "en");

        Assert.Equal(
            "<table>\n<thead>\n<tr>\n<th style=\"text-align: left;\">Ville</th>\n<th style=\"text-align: right;\">Participants</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td style=\"text-align: left;\">Lyon</td>\n<td style=\"text-align: right;\">120</td>\n</tr>\n"
            + "<tr>\n<td style=\"text-align: left;\">Rennes</td>\n<td style=\"text-align: right;\">45</td>\n</tr>\n</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void TablesReadAsAlignedColumnsInPlainText()
    {
        var text = renderer.ToPlainText("| Ville | Participants |\n|:---|---:|\n| Lyon | 120 |\n| Saint-Étienne | 45 |", "en");

        Assert.Equal("Ville         | Participants\n--------------|-------------\nLyon          |          120\nSaint-Étienne |           45", text);
    }

    [Fact]
    public void FootnotesRenderAsLinkedNotesAtTheEnd()
    {
        const string markdown = "Un fait[^source] et un autre[^2].\n\n[^source]: Rapport du Sénat.\n[^2]: Voir [le site](https://pauseia.fr).";

        Assert.Equal(
            "<p>Un fait<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a> et un autre<a id=\"fnref:2\" href=\"#fn:2\" class=\"footnote-ref\"><sup>2</sup></a>.</p>\n"
            + "<div class=\"footnotes\">\n<hr />\n<ol>\n"
            + "<li id=\"fn:1\">\n<p>Rapport du Sénat.<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n"
            + "<li id=\"fn:2\">\n<p>Voir <a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">le site</a>.<a href=\"#fnref:2\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n"
            + "</ol>\n</div>\n",
            renderer.ToHtml(markdown, "en"));
        Assert.Equal(
            "Un fait[1] et un autre[2].\n\n* * *\n\n[1] Rapport du Sénat.\n[2] Voir le site (https://pauseia.fr).",
            renderer.ToPlainText(markdown, "en"));
    }

    [Fact]
    public void BareAddressesOnlyBecomeLinksWithASchemeTheAllowListKeeps()
    {
        Assert.Equal(
            "<p>Voir <a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">https://pauseia.fr</a>, <a href=\"https://www.pauseia.fr\" rel=\"noopener noreferrer\">www.pauseia.fr</a>, "
            + "<a href=\"mailto:presse@pauseia.fr\" rel=\"noopener noreferrer\">presse@pauseia.fr</a>, tel:+33123456789 et ftp://pauseia.fr/x.</p>\n",
            renderer.ToHtml("Voir https://pauseia.fr, www.pauseia.fr, mailto:presse@pauseia.fr, tel:+33123456789 et ftp://pauseia.fr/x.", "en"));
    }

    [Fact]
    public void FrontMatterIsNeverRendered()
    {
        const string markdown = "---\ntitle: Secret\nembargo: 2026-12-03 10:00\n---\n\nCorps.";

        Assert.Equal("<p>Corps.</p>\n", renderer.ToHtml(markdown, "fr"));
        Assert.Equal("Corps.", renderer.ToPlainText(markdown, "fr"));
    }

    [Fact]
    public void PlainTextWritesLinksListsQuotesAndHeadingsReadably()
    {
        const string markdown = """
            # Communiqué

            Lire [le rapport](https://pauseia.fr/rapport), écrire à <presse@pauseia.fr>
            ou [presse@pauseia.fr](mailto:presse@pauseia.fr), ou visiter www.pauseia.fr.

            ## Demandes

            - un *moratoire*
            - des **audits**
              1. indépendants
              2. publics

            3. trois
            4. quatre

            > Une citation
            > sur deux lignes.

            Ligne\
            forcée, puis `code`.

            ```
            bloc de code
            ```

            ---

            ~~barré~~ et XXI^e^ siècle.
            """;

        Assert.Equal(
            """
            Communiqué
            ==========

            Lire le rapport (https://pauseia.fr/rapport), écrire à presse@pauseia.fr ou presse@pauseia.fr, ou visiter www.pauseia.fr.

            Demandes
            --------

            - un moratoire
            - des audits
              1. indépendants
              2. publics

            3. trois
            4. quatre

            > Une citation sur deux lignes.

            Ligne
            forcée, puis code.

                bloc de code

            * * *

            barré et XXIe siècle.
            """,
            renderer.ToPlainText(markdown, "en"));
    }

    [Fact]
    public void RenderGivesBothFormsAndTheFirstHeading()
    {
        var rendered = renderer.Render("Intro.\n\n## Pourquoi une *pause* ?\n\n# Autre", "fr");

        Assert.Equal("Pourquoi une pause\u202F?", rendered.FirstHeading);
        Assert.Equal(renderer.ToHtml("Intro.\n\n## Pourquoi une *pause* ?\n\n# Autre", "fr"), rendered.Html);
        Assert.Equal(renderer.ToPlainText("Intro.\n\n## Pourquoi une *pause* ?\n\n# Autre", "fr"), rendered.Text);
        Assert.Null(renderer.Render("Pas de titre.", "fr").FirstHeading);
    }

    [Fact]
    public void TheSameInputGivesTheSameBytesFromManyThreads()
    {
        var markdown = string.Join("\n\n", Enumerable.Range(0, 20).Select(i => $"## Partie {i} !\n\n« Texte » [lien](https://pauseia.fr/{i}) : *oui*[^{i}].\n\n[^{i}]: Note {i}."));
        var expected = renderer.ToHtml(markdown, "fr");

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = i % 2 == 0 ? renderer.ToHtml(markdown, "fr") : new MarkdownRenderer().ToHtml(markdown, "fr"));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void RenderersReusedFromOneTextToTheNextWriteWhatNewOnesWrite()
    {
        string[] texts =
        [
            "# Titre\n\n- un\n  - deux\n\n> cité `code`",
            "Texte sans fin de ligne, puis un [lien](https://pauseia.fr)",
            "| a | b |\n|--:|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: La note.",
            "```\ncode\n```",
            string.Empty,
        ];
        var fresh = texts.Select(t => new MarkdownRenderer().Render(t, "fr")).ToList();

        foreach (var order in new[] { texts, texts.Reverse().ToArray(), texts })
        {
            foreach (var t in order)
            {
                Assert.Equal(fresh[Array.IndexOf(texts, t)], renderer.Render(t, "fr"));
            }
        }
    }

    [Fact]
    public void ATextLongerThanAnyStatementIsRefusedAsTooLarge()
    {
        var error = Assert.Throws<DomainException>(() => renderer.ToHtml(new string('a', 100_001), "fr"));

        Assert.Equal(DomainErrorKind.PayloadTooLarge, error.Kind);
        Assert.Equal(new string('a', 100_000), renderer.ToPlainText(new string('a', 100_000), "fr"));
    }

    [Theory]
    [InlineData(">", 200, "")]
    [InlineData("*", 200, "x")]
    [InlineData("- ", 100, "")]
    public void AbsurdlyNestedTextIsRefusedWithAMessageNotACrash(string opening, int depth, string closing)
    {
        var markdown = opening == "- "
            ? string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- x\n"))
            : string.Concat(Enumerable.Repeat(opening, depth)) + "x" + string.Concat(Enumerable.Repeat(closing.Length == 0 ? string.Empty : opening, depth));

        var error = Assert.Throws<DomainException>(() => renderer.ToHtml(markdown, "fr"));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonableNestingStillRenders()
    {
        var markdown = "> > > " + string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', i * 2) + "- ***x***\n"));

        Assert.Equal(10, HtmlSafety.CountElements(renderer.ToHtml(markdown, "fr"), "ul"));
    }

    [Fact]
    public void ALongRunOfSpacesIsReadOnce()
    {
        // Once quadratic: each space looked for the end of its run.
        Assert.Equal("a\u202F!", renderer.ToPlainText("a" + new string(' ', 99_000) + "!", "fr"));
    }

    [Fact]
    public void EmptyMarkdownRendersNothing()
    {
        Assert.Equal(string.Empty, renderer.ToHtml(string.Empty, "fr"));
        Assert.Equal(string.Empty, renderer.ToPlainText("   \n\n", "fr"));
    }

    [Fact]
    public void AddMarkdownRegistersOneSharedRenderer()
    {
        using var provider = new ServiceCollection().AddMarkdown().AddMarkdown().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<MarkdownRenderer>(), provider.GetRequiredService<MarkdownRenderer>());
        Assert.Single(new ServiceCollection().AddMarkdown().AddMarkdown(), d => d.ServiceType == typeof(MarkdownRenderer));
    }
}
