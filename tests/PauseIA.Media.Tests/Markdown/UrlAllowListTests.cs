using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

public sealed class UrlAllowListTests
{
    [Theory]
    [InlineData("https://pauseia.fr")]
    [InlineData("https://pauseia.fr/a?b=1#c")]
    [InlineData("HTTPS://PAUSEIA.FR")]
    [InlineData("http://pauseia.fr")]
    [InlineData("mailto:presse@pauseia.fr")]
    [InlineData("MailTo:presse@pauseia.fr?subject=Bonjour")]
    public void WebAndMailAddressesAreAllowedLinks(string url)
    {
        Assert.True(UrlAllowList.IsAllowedLink(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("%6Aavascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org")]
    [InlineData("tel:+33100000000")]
    [InlineData("//evil.example")]
    [InlineData("/relatif")]
    [InlineData("relatif.html")]
    [InlineData("#ancre")]
    [InlineData("https:")]
    [InlineData("https://")]
    [InlineData("https:evil.example")]
    [InlineData("https:/evil.example")]
    [InlineData("mailto:")]
    [InlineData("\u0001https://pauseia.fr")]
    public void EverythingElseIsRefused(string? url)
    {
        Assert.False(UrlAllowList.IsAllowedLink(url));
        Assert.False(UrlAllowList.IsAllowedImage(url));
    }

    [Theory]
    [InlineData("https://pauseia.fr/logo.png", true)]
    [InlineData("http://pauseia.fr/logo.png", false)]
    [InlineData("mailto:presse@pauseia.fr", false)]
    public void ImagesAreAllowedOnlyOverHttps(string url, bool allowed)
    {
        Assert.Equal(allowed, UrlAllowList.IsAllowedImage(url));
    }
}
