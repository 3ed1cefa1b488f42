using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Tests.Statements.Rendering;

public sealed class EmailStylesTests
{
    [Fact]
    public void CodeInABlockTakesTheBlocksLookAndInlineCodeItsOwn()
    {
        var html = EmailStyles.Apply("<pre><code>dotnet test</code></pre><p>Lancez <code>dotnet test</code>.</p>");

        Assert.Contains("<code style=\"font-family: inherit;font-size: inherit;background-color: transparent\">dotnet test</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<code style=\"font-family: Consolas,Menlo,'Courier New',monospace;font-size: 14px;background-color: #f6f8fa\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellsOwnAlignmentWinsOverTheLeftDefault()
    {
        var html = EmailStyles.Apply("<table><tr><td style=\"text-align: right\">300</td><td>Paris</td></tr></table>");

        Assert.Contains("text-align: right\">300</td>", html, StringComparison.Ordinal);
        Assert.Contains("text-align: left\">Paris</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FootnotesReadSmallerThanTheText()
    {
        var html = EmailStyles.Apply("<p>Texte</p><div class=\"footnotes\"><ol><li><p>Note</p></li></ol></div>");

        Assert.Contains("font-size: 16px;line-height: 1.5\">Texte</p>", html, StringComparison.Ordinal);
        Assert.Contains("font-size: 14px\">Note</p>", html, StringComparison.Ordinal);
    }
}
