using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PauseIA.Media.LocalHost.Storage;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Health;

public sealed class HealthTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task HealthIsOkWithTheVersionAndStorage()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("0.1.0", body.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("storage").GetBoolean());
        Assert.Equal("outbox", body.GetProperty("mailMode").GetString());
    }

    [Fact]
    public async Task HealthIs503WhenStorageStopsAnswering()
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Location = null });
        var settings = TestSettings.Create(azurite.ConnectionString);
        settings["LocalHost:Port"] = "0";
        settings["LocalHost:SmtpPort"] = "0";
        await using var local = await LocalFunctionHost.StartAsync(new LocalFunctionHostSetup { Settings = settings, EnvironmentName = "Development" });
        using var client = new HttpClient { BaseAddress = local.BaseAddress };

        await azurite.DisposeAsync();
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(body.GetProperty("storage").GetBoolean());
        Assert.Equal("degraded", body.GetProperty("status").GetString());
    }
}
