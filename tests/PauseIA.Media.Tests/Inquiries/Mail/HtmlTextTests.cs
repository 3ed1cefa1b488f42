using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Mail;

public sealed class HtmlTextTests
{
    [Fact]
    public void BlocksBecomeLinesParagraphsBlankLinesAndScriptsDisappear()
    {
        var html = "<html><head><title>t</title><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Plateau <b>en direct</b>\nce soir.<br>À 20h.</p>"
            + "<script>alert(1)</script><noscript>Activez JavaScript</noscript><ul><li>un</li><li>deux</li></ul></body></html>";

        Assert.Equal("Bonjour,\n\nPlateau en direct ce soir.\nÀ 20h.\n\n- un\n- deux", HtmlText.ToText(html));
    }

    [Fact]
    public void QuotedBlocksArePrefixedAsInAPlainTextReply()
    {
        const string html = "<div>Merci, c'est noté.</div><blockquote><div>Le 3 déc., Presse a écrit :</div><blockquote>Deadline 18h</blockquote></blockquote>";

        Assert.Equal("Merci, c'est noté.\n> Le 3 déc., Presse a écrit :\n>> Deadline 18h", HtmlText.ToText(html));
    }

    [Fact]
    public void BreaksKeepOneBlankLineAtMostAndNoBreakSpacesStay()
    {
        const string html = "<div>Bonjour,</div><div><br></div><div><br><br></div><div>Une <b>question</b>&nbsp;:\n   rappel &amp; suivi</div>";

        Assert.Equal("Bonjour,\n\nUne question\u00A0: rappel & suivi", HtmlText.ToText(html));
    }

    [Fact]
    public void ATableRowIsALineWithItsCellsSideBySide() =>
        Assert.Equal("Média Ville\nLe Progrès Lyon", HtmlText.ToText("<table><tr><th>Média</th><th>Ville</th></tr><tr><td>Le Progrès</td><td>Lyon</td></tr></table>"));

    [Theory]
    [InlineData("<p>Bonjour</p>", true)]
    [InlineData("Bonjour<br>à vous", true)]
    [InlineData("Use a <b> tag? x < y", false)]
    [InlineData("Deadline < 18h", false)]
    public void OnlyTextWithMarkupLooksLikeHtml(string text, bool expected) => Assert.Equal(expected, HtmlText.LooksLikeHtml(text));
}
