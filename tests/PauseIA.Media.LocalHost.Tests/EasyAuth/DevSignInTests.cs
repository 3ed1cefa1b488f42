using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.EasyAuth;

/// <summary>Easy Auth as LocalHost plays it in Development, against the app's own functions.</summary>
public sealed class DevSignInTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task WithoutSignInAMemberFunctionIsA401WithTheErrorBody()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Connexion requise. / Sign-in required.", await ErrorAsync(response));
    }

    [Fact]
    public async Task ASignedInMemberSeesThemselvesAndAnAdminTheOutbox()
    {
        using var admin = await host.SignInAsync(TestSettings.Admin);

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/me");
        using var outbox = await admin.GetAsync(new Uri("/api/outbox", UriKind.Relative));

        Assert.Equal(TestSettings.Admin, me.GetProperty("email").GetString());
        Assert.Equal("Alex Moreau", me.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task AMemberWithoutTheRoleIsA403()
    {
        using var spokesperson = await host.SignInAsync(TestSettings.Spokesperson);

        using var response = await spokesperson.GetAsync(new Uri("/api/outbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin", await ErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmailOutsideTheTeamCannotSignInAndGetsNoCookie()
    {
        using var client = host.CreateClient();

        using var response = await PostFormAsync(client, ("email", "intrus@example.org"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("intrus@example.org", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ASignInWithoutAnEmailIsA400()
    {
        using var client = host.CreateClient();

        using var empty = await PostFormAsync(client, ("email", " "));
        using var notAForm = await client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), JsonContent.Create(new { email = TestSettings.Admin }));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.False(notAForm.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AMalformedFormIsA400()
    {
        using var client = host.CreateClient();
        var content = new StringContent("email=admin@pauseia.fr");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");

        using var response = await client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Formulaire illisible", await ErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignInPostedFromAnotherSiteIsRefused()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/.auth/login/dev") { Content = Form(("email", TestSettings.Admin)) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignInSetsAnHttpOnlyLaxCookieAndRedirectsToALocalPage()
    {
        using var client = host.CreateClient();

        using var home = await PostFormAsync(client, ("email", TestSettings.LyonLead));
        using var deep = await PostFormAsync(client, ("email", TestSettings.LyonLead), ("post_login_redirect_uri", "/#/inquiries?city=Lyon"));

        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.Equal("/", home.Headers.Location?.OriginalString);
        Assert.Equal("/#/inquiries?city=Lyon", deep.Headers.Location?.OriginalString);
        var cookie = Assert.Single(home.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("AppServiceAuthSession=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task ARedirectOffTheSiteIsRefused(string target)
    {
        using var client = host.CreateClient();

        using var signIn = await PostFormAsync(client, ("email", TestSettings.Admin), ("returnUrl", target));
        using var page = await client.GetAsync(new Uri($"/.auth/login/dev?post_login_redirect_uri={Uri.EscapeDataString(target)}", UriKind.Relative));
        using var signOut = await client.GetAsync(new Uri($"/.auth/logout?post_logout_redirect_uri={Uri.EscapeDataString(target)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
    }

    [Fact]
    public async Task AuthMeDescribesTheSignedInMemberAndIs401ForNobody()
    {
        using var lead = await host.SignInAsync(TestSettings.LyonLead);
        using var anonymous = host.CreateClient();

        var me = await lead.GetFromJsonAsync<JsonElement>("/.auth/me");
        using var nobody = await anonymous.GetAsync(new Uri("/.auth/me", UriKind.Relative));

        Assert.Equal(TestSettings.LyonLead, me.GetProperty("email").GetString());
        Assert.Equal("Léa Dubois", me.GetProperty("name").GetString());
        Assert.Equal(["localLead"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Lyon"], me.GetProperty("cities").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal("Connexion requise. / Sign-in required.", await ErrorAsync(nobody));
    }

    [Fact]
    public async Task AForgedPrincipalHeaderFromTheClientIsIgnored()
    {
        using var anonymous = host.CreateClient();
        using var officer = await host.SignInAsync(TestSettings.PressOfficer);
        var forged = ClientPrincipalHeader.Write("aad", TestSettings.Admin, "Alex Moreau");

        using var alone = await SendAsync(anonymous, "/api/me", forged);
        using var overSession = await SendAsync(officer, "/api/outbox", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, alone.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, overSession.StatusCode);
    }

    [Fact]
    public async Task AnEditedSessionCookieSignsNobodyIn()
    {
        using var client = host.CreateClient();
        using var signIn = await PostFormAsync(client, ("email", TestSettings.PressOfficer));
        var value = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=', 2)[1];
        var tampered = value[..^4] + (value.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"AppServiceAuthSession={tampered}");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SigningOutClearsTheSession()
    {
        using var client = await host.SignInAsync(TestSettings.Spokesperson);

        using var signOut = await client.GetAsync(new Uri("/.auth/logout", UriKind.Relative));
        using var after = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageListsTheTeamWithoutScript()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/.auth/login/dev", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Camille Martin", html, StringComparison.Ordinal);
        Assert.Contains("Maël Le Gall", html, StringComparison.Ordinal);
        Assert.Contains(TestSettings.CommsDirector, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherProvidersLoginLeadsToTheDevelopmentPage()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/.auth/login/aad?post_login_redirect_uri=/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/.auth/login/dev?post_login_redirect_uri=/", response.Headers.Location?.OriginalString);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, params (string Name, string Value)[] fields) =>
        client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), Form(fields));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ClientPrincipalHeader.Name, principal);
        return await client.SendAsync(request);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
}
