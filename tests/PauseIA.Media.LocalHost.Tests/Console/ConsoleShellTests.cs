using System.Net;
using System.Text.RegularExpressions;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Console;

public sealed partial class ConsoleShellTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task TheConsoleIsServedAtTheRootUnderAStrictContentSecurityPolicy()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Empty(InlineScript().Matches(html));
    }

    [Fact]
    public async Task ApiRoutesWinOverTheConsolesCatchAll()
    {
        using var client = host.CreateClient();

        using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        using var unknownApi = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal("application/json", health.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"storage\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
    }

    // A <script> element without a src attribute holds inline code.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
