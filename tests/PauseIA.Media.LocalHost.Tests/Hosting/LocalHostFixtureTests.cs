using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Hosting;

public sealed class LocalHostFixtureTests
{
    [Fact]
    public async Task TestsCanControlTimeAndIdsAndStillSignIn()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions
        {
            ConfigureServices = s => s.AddSingleton<TimeProvider>(time).AddSingleton<IIdGenerator>(new FixedIds()),
        });

        using var admin = await host.SignInAsync(TestSettings.Admin);
        var health = await admin.GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal(time.GetUtcNow(), health.GetProperty("checkedAt").GetDateTimeOffset());
        Assert.Equal("fixed-id", host.Services.GetRequiredService<IIdGenerator>().NewId());
    }

    [Fact]
    public async Task MailLinksCarryTheHostsRealAddressAndStorageRequestsAreCounted()
    {
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions());
        using var client = host.CreateClient();
        host.Requests.Reset();

        using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(host.BaseAddress.ToString().TrimEnd('/'), host.Services.GetRequiredService<IOptions<MailOptions>>().Value.PublicBaseUrl);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(host.Requests.Requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.EndsWith("/Tables", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SettingsOverrideTheTestSettingsAndANullRemovesOne()
    {
        await using var host = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions
        {
            Settings = new Dictionary<string, string?> { ["Mail:PressName"] = "Presse test", ["Team:Members:7:Email"] = null, ["Team:Members:7:DisplayName"] = null, ["Team:Members:7:Roles:0"] = null, ["Team:Members:7:Language"] = null },
        });

        Assert.Equal("Presse test", host.Services.GetRequiredService<IOptions<MailOptions>>().Value.PressName);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync(TestSettings.Admin));
    }

    private sealed class FixedIds : IIdGenerator
    {
        public string NewId() => "fixed-id";
    }
}
