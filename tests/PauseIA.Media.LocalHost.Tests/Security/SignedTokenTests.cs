using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Security;

/// <summary>
/// Every signed token the app accepts in place of a sign-in, refused over HTTP when forged, altered,
/// expired or meant for someone else: the unsubscribe link of a statement, and LocalHost's Easy Auth
/// session cookie. (The SendGrid Event Webhook's signatures, forged, altered or replayed, are
/// SendGridEventWebhookTests'.) An unsubscribe link has no expiry, by design: a journalist must be able
/// to leave from any mail we ever sent (RFC 8058; CAN-SPAM asks for 30 days at least).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignedTokenTests(LocalHostFixture host)
{
    [Fact]
    public async Task AnUnsubscribeLinkOptsOutOnlyTheContactItWasSignedFor()
    {
        var tag = $"u{Guid.NewGuid():N}"[..10];
        var alice = $"alice.{tag}@lemonde.fr";
        var bruno = $"bruno.{tag}@lefigaro.fr";
        using var admin = await host.SignInAsync(TestSettings.Admin);
        await CreateContactAsync(admin, alice);
        await CreateContactAsync(admin, bruno);
        var tokens = host.Services.GetRequiredService<UnsubscribeTokens>();
        var forAlice = tokens.Create(new UnsubscribeToken("st-" + tag, alice));
        var forBruno = tokens.Create(new UnsubscribeToken("st-" + tag, bruno));
        var otherKey = new UnsubscribeTokens(
            Options.Create(new StatementsOptions { UnsubscribeKey = new string('k', 40) }), host.Services.GetRequiredService<IOptions<MailOptions>>());

        var refused = new[]
        {
            otherKey.Create(new UnsubscribeToken("st-" + tag, bruno)),
            $"{forAlice.Split('.')[0]}.{forBruno.Split('.')[1]}",
            $"{Base64Url($"1\nst-{tag}\n{bruno}\n0")}.{forAlice.Split('.')[1]}",
            forBruno[..^2],
            forBruno + "A",
            forBruno.Replace('.', '_'),
        };
        foreach (var token in refused)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(token, confirm: false));
            Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(token, confirm: true));
        }

        Assert.Equal(HttpStatusCode.OK, await UnsubscribeAsync(tokens.Create(new UnsubscribeToken("st-" + tag, bruno, Test: true)), confirm: true));
        Assert.False(await OptedOutAsync(admin, bruno));
        Assert.False(await OptedOutAsync(admin, alice));

        Assert.Equal(HttpStatusCode.OK, await UnsubscribeAsync(forAlice, confirm: true));
        Assert.True(await OptedOutAsync(admin, alice));
        Assert.False(await OptedOutAsync(admin, bruno));
    }

    [Fact]
    public async Task ASessionCookieIsRefusedWhenForgedAlteredExpiredOrProtectedForAnotherPurpose()
    {
        var protection = host.Services.GetRequiredService<IDataProtectionProvider>();
        var genuine = SessionCookie(TestSettings.Admin);
        var expired = protection.CreateProtector(EasyAuthSession.Purpose).ToTimeLimitedDataProtector()
            .Protect(TestSettings.Admin, DateTimeOffset.UtcNow.AddMinutes(-1));
        var otherPurpose = protection.CreateProtector("PauseIA.Media.SomethingElse").ToTimeLimitedDataProtector()
            .Protect(TestSettings.Admin, DateTimeOffset.UtcNow.AddDays(1));
        var altered = genuine[..^6] + (genuine[^6] == 'A' ? 'B' : 'A') + genuine[^5..];

        Assert.Equal(HttpStatusCode.OK, await MeAsync(genuine));
        foreach (var cookie in new[] { expired, otherPurpose, altered, "CfDJ8" + new string('A', 120), TestSettings.Admin, "" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(cookie));
        }
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndLaxAndSecureWhenTheSignInCameOverHttps()
    {
        using var client = host.CreateClient();

        using var signIn = await client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), new FormUrlEncodedContent([new("email", TestSettings.Admin)]));
        using var signOut = await client.GetAsync(new Uri("/.auth/logout", UriKind.Relative));
        var overHttps = new DefaultHttpContext();
        overHttps.Request.Scheme = "https";
        host.Services.GetRequiredService<EasyAuthSession>().SignIn(overHttps.Response, TestSettings.Admin);

        var set = Attributes(signIn.Headers.GetValues("Set-Cookie").Single());
        Assert.Equal(["httponly", "max-age=604800", "path=/", "samesite=lax"], set.Order(StringComparer.Ordinal));
        var cleared = Attributes(signOut.Headers.GetValues("Set-Cookie").Single());
        Assert.Contains("expires=thu, 01 jan 1970 00:00:00 gmt", cleared);
        Assert.Contains("httponly", cleared);
        Assert.Contains("samesite=lax", cleared);
        Assert.Equal(["httponly", "max-age=604800", "path=/", "samesite=lax", "secure"], Attributes(overHttps.Response.Headers.SetCookie.ToString()).Order(StringComparer.Ordinal));
    }

    private string SessionCookie(string email)
    {
        var context = new DefaultHttpContext();
        host.Services.GetRequiredService<EasyAuthSession>().SignIn(context.Response, email);
        var cookie = context.Response.Headers.SetCookie.ToString().Split(';')[0];
        return cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
    }

    private async Task<HttpStatusCode> MeAsync(string cookie)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"{EasyAuthSession.CookieName}={cookie}");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> UnsubscribeAsync(string token, bool confirm)
    {
        using var client = host.CreateClient();
        var path = new Uri($"/api/unsubscribe?token={Uri.EscapeDataString(token)}", UriKind.Relative);
        using var response = confirm
            ? await client.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))
            : await client.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task CreateContactAsync(HttpClient admin, string email)
    {
        using var response = await admin.PostAsync(
            new Uri("/api/contacts", UriKind.Relative), JsonContent.Create(new { email, firstName = "Jo", lastName = "Durand", outlet = "Exemple", mediaType = "web" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<bool> OptedOutAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/contacts/{Uri.EscapeDataString(email)}")).GetProperty("optedOut").GetBoolean();

    private static IReadOnlyList<string> Attributes(string setCookie) =>
        [.. setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
