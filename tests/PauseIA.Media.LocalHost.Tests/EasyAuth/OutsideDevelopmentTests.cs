using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.EasyAuth;

public sealed class OutsideDevelopmentTests
{
    [Fact]
    public async Task OutsideDevelopmentThePrincipalHeaderIsNeverTrustedAndThereIsNoSignIn()
    {
        // TestSettings ask for LocalHost:PlaysEasyAuth=true; outside Development LocalHost must refuse it.
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { EnvironmentName = "Production" });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add(ClientPrincipalHeader.Name, ClientPrincipalHeader.Write("aad", TestSettings.Admin, "Alex Moreau"));

        using var me = await client.SendAsync(request);
        using var signIn = await client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), new FormUrlEncodedContent([new("email", TestSettings.Admin)]));

        Assert.False(host.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.TrustClientPrincipal);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.NotEqual(HttpStatusCode.Found, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync(TestSettings.Admin));
    }
}
