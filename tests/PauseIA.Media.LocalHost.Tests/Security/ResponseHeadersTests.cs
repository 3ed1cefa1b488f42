using System.Net;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Security;

/// <summary>
/// Every kind of response carries the headers that keep the console safe: a Content-Security-Policy that
/// runs only our own scripts and forbids framing, <c>nosniff</c>, <c>X-Frame-Options</c> and no referrer.
/// (The authorization matrix checks the same on every route for every caller.)
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ResponseHeadersTests(LocalHostFixture host)
{
    /// <summary>The policy's directives as the console needs them; a change here is a decision, not a detail.</summary>
    public static readonly IReadOnlyDictionary<string, string> Policy = new Dictionary<string, string>
    {
        ["default-src"] = "'self'",
        ["script-src"] = "'self'",
        ["style-src"] = "'self'",
        ["img-src"] = "'self' https: data:",
        ["frame-src"] = "'self' blob:",
        ["connect-src"] = "'self'",
        ["object-src"] = "'none'",
        ["base-uri"] = "'none'",
        ["form-action"] = "'self'",
        ["frame-ancestors"] = "'none'",
    };

    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/js/app.js", HttpStatusCode.OK)]
    [InlineData("GET", "/api/health", HttpStatusCode.OK)]
    [InlineData("GET", "/api/me", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/health", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/unsubscribe?token=forged", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/inbound/sendgrid", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/.auth/login/dev", HttpStatusCode.OK)]
    [InlineData("GET", "/.auth/login/dev?post_login_redirect_uri=//evil.example", HttpStatusCode.BadRequest)]
    public async Task EveryKindOfResponseCarriesTheSecurityHeaders(string method, string path, HttpStatusCode status)
    {
        using var client = host.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Policy, Directives(Single(response, "Content-Security-Policy")));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    public static bool IsThePolicy(string policy) =>
        Directives(policy) is var directives && directives.Count == Policy.Count && Policy.All(d => directives.GetValueOrDefault(d.Key) == d.Value);

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
