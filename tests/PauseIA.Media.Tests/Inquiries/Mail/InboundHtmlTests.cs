using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Mail;

public sealed class InboundHtmlTests
{
    private readonly InboundHtml html = new();

    [Fact]
    public void ScriptsAndEventHandlersAreRemoved()
    {
        var safe = html.Sanitize("<p onclick=\"steal()\">Bonjour</p><script>steal()</script><a href=\"javascript:steal()\">x</a><iframe src=\"https://evil.example\"></iframe>");

        Assert.DoesNotContain("script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", safe, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bonjour", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingLoadsFromElsewhere()
    {
        var safe = html.Sanitize("<img src=\"https://tracker.example/p.gif\"><div style=\"background:url(https://tracker.example/b.png)\">texte</div><table background=\"https://x.example/t.png\"><tr><td>c</td></tr></table>");

        Assert.DoesNotContain("tracker.example", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("x.example", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", safe, StringComparison.Ordinal);
        Assert.Contains("texte", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksOpenOutsideWithoutReferrer()
    {
        var safe = html.Sanitize("<a href=\"https://www.lemonde.fr/article\">article</a>");

        Assert.Equal("<a href=\"https://www.lemonde.fr/article\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">article</a>", safe);
    }
}
