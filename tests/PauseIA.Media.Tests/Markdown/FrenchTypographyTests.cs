using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

/// <summary>French typography, written with visible markers: ⍽ for U+00A0 and · for U+202F.</summary>
public sealed class FrenchTypographyTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("Attention !", "Attention·!")]
    [InlineData("Vraiment ?", "Vraiment·?")]
    [InlineData("un ; deux", "un·; deux")]
    [InlineData("Note : voir", "Note⍽: voir")]
    [InlineData("« Bonjour »", "«⍽Bonjour⍽»")]
    [InlineData("«Bonjour»", "«⍽Bonjour⍽»")]
    [InlineData("«  Bonjour  »", "«⍽Bonjour⍽»")]
    [InlineData("Il a dit \"bonjour\".", "Il a dit «⍽bonjour⍽».")]
    [InlineData("\"Oui\", \"non\" : \"peut-être\" !", "«⍽Oui⍽», «⍽non⍽»⍽: «⍽peut-être⍽»·!")]
    [InlineData("Il dit \" bonjour \" puis part", "Il dit «⍽bonjour⍽» puis part")]
    [InlineData("Quoi  ?", "Quoi·?")]
    [InlineData("Et alors ?!", "Et alors·?!")]
    [InlineData("l'IA et aujourd'hui", "l’IA et aujourd’hui")]
    [InlineData("Et puis...", "Et puis…")]
    public void PunctuationGetsItsNoBreakSpaces(string markdown, string expected)
    {
        Assert.Equal(expected, Visible(renderer.ToPlainText(markdown, "fr")));
    }

    [Theory]
    [InlineData("Rendez-vous à 10:30.")]
    [InlineData("Attention!")]
    [InlineData("Le C#! n'existe pas")]
    [InlineData("Ratio 2:1; voir 3?")]
    public void NoSpaceIsInventedWhereTheAuthorWroteNone(string markdown)
    {
        var text = renderer.ToPlainText(markdown, "fr");

        Assert.DoesNotContain('\u00A0', text);
        Assert.DoesNotContain('\u202F', text);
    }

    [Theory]
    [InlineData("Attention\u00A0!", "Attention⍽!")]
    [InlineData("Attention\u202F!", "Attention·!")]
    [InlineData("Attention&nbsp;!", "Attention⍽!")]
    [InlineData("«\u00A0Bonjour\u00A0»", "«⍽Bonjour⍽»")]
    [InlineData("« Bonjour\u202F»", "«⍽Bonjour·»")]
    public void AnExistingNoBreakSpaceIsNotDoubled(string markdown, string expected)
    {
        Assert.Equal(expected, Visible(renderer.ToPlainText(markdown, "fr")));
    }

    [Theory]
    [InlineData("*Attention* !", "<em>Attention</em>·!")]
    [InlineData("**Attention !**", "<strong>Attention·!</strong>")]
    [InlineData("«*mot*»", "«⍽<em>mot</em>⍽»")]
    [InlineData("\"*mot*\"", "«⍽<em>mot</em>⍽»")]
    [InlineData("« [lien](https://pauseia.fr) »", "«⍽<a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">lien</a>⍽»")]
    [InlineData("[Pourquoi ?](https://pauseia.fr)", "<a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">Pourquoi·?</a>")]
    public void TypographyCrossesEmphasisAndLinks(string markdown, string expectedInner)
    {
        Assert.Equal($"<p>{expectedInner}</p>\n", Visible(renderer.ToHtml(markdown, "fr")));
    }

    [Theory]
    [InlineData("`a : b ! \"c\"`", "<code>a : b ! &quot;c&quot;</code>")]
    [InlineData("Le code `x ?` ici", "Le code <code>x ?</code> ici")]
    [InlineData("Voir https://pauseia.fr/?q=1 !", "Voir <a href=\"https://pauseia.fr/?q=1\" rel=\"noopener noreferrer\">https://pauseia.fr/?q=1</a>·!")]
    [InlineData("[lien](https://pauseia.fr/a...b \"titre : oui\")", "<a href=\"https://pauseia.fr/a...b\" title=\"titre : oui\" rel=\"noopener noreferrer\">lien</a>")]
    [InlineData("\\\"droit\\\"", "&quot;droit&quot;")]
    public void CodeAddressesAndEscapedQuotesAreLeftAlone(string markdown, string expectedInner)
    {
        Assert.Equal($"<p>{expectedInner}</p>\n", Visible(renderer.ToHtml(markdown, "fr")));
    }

    [Fact]
    public void CodeBlocksAreLeftAlone()
    {
        var html = renderer.ToHtml("```\nif (a) { return \"x\" ; }\n```\n\n    indenté : \"oui\" !", "fr");

        Assert.Equal("<pre><code>if (a) { return &quot;x&quot; ; }\n</code></pre>\n<pre><code>indenté : &quot;oui&quot; !\n</code></pre>\n", html);
    }

    [Fact]
    public void HeadingsTablesAndFootnotesAreTypesetToo()
    {
        var text = Visible(renderer.ToPlainText("# Pourquoi ?\n\n| Question ? |\n|---|\n| « oui » |\n\nTexte[^1].\n\n[^1]: Source : Sénat.", "fr"));

        Assert.Contains("Pourquoi·?", text, StringComparison.Ordinal);
        Assert.Contains("Question·?", text, StringComparison.Ordinal);
        Assert.Contains("«⍽oui⍽»", text, StringComparison.Ordinal);
        Assert.Contains("[1] Source⍽: Sénat.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishTextIsNotTypesetTheFrenchWay()
    {
        const string markdown = "Attention ! He said \"hello\" : « oui ». l'IA...";

        Assert.Equal($"<p>{markdown.Replace("\"", "&quot;", StringComparison.Ordinal)}</p>\n", renderer.ToHtml(markdown, "en"));
        Assert.Equal(markdown, renderer.ToPlainText(markdown, "en"));
    }

    [Fact]
    public void NoBreakSpacesAreWrittenAsCharactersInTheHtml()
    {
        var html = renderer.ToHtml("Note : « oui » !", "fr");

        Assert.Equal("<p>Note\u00A0: «\u00A0oui\u00A0»\u202F!</p>\n", html);
    }

    [Theory]
    [InlineData("Sommet de l'IA : un traité ?", "Sommet de l’IA⍽: un traité·?")]
    [InlineData("Pas de code ici : \"oui\"", "Pas de code ici⍽: «⍽oui⍽»")]
    public void PlainStringsSuchAsTitlesFollowTheSameRules(string title, string expected)
    {
        Assert.Equal(expected, Visible(MarkdownRenderer.Typeset(title, "fr")));
        Assert.Equal(title, MarkdownRenderer.Typeset(title, "en"));
    }

    private static string Visible(string text) =>
        text.Replace("&nbsp;", "⍽", StringComparison.Ordinal).Replace('\u00A0', '⍽').Replace('\u202F', '·');
}
