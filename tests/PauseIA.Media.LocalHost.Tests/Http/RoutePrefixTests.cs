using System.Net;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Http;

public sealed class RoutePrefixTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("localhost-prefix-").FullName;

    [Fact]
    public async Task WithoutAnHttpSectionRoutesTakeTheHostsDefaultApiPrefix()
    {
        await using var host = await StartAsync("""{ "version": "2.0" }""");
        using var client = host.CreateClient();

        using var prefixed = await client.GetAsync(new Uri("/api/samples/items/1", UriKind.Relative));
        using var bare = await client.GetAsync(new Uri("/samples/items/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, prefixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
    }

    [Fact]
    public async Task AConfiguredPrefixIsPutBeforeEveryRoute()
    {
        await using var host = await StartAsync("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "/v1/" } } }""");
        using var client = host.CreateClient();

        using var prefixed = await client.GetAsync(new Uri("/v1/samples/items/1", UriKind.Relative));
        using var named = await client.GetAsync(new Uri("/v1/SampleDefaultRoute", UriKind.Relative));
        using var bare = await client.GetAsync(new Uri("/samples/items/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, prefixed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
    }

    [Fact]
    public async Task AnAppSettingOverridesHostJsonAsInAzure()
    {
        var settings = new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:http:routePrefix"] = "override" };
        await using var host = await StartAsync("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "v1" } } }""", settings);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/override/samples/items/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<LocalHostFixture> StartAsync(string hostJson, Dictionary<string, string?>? settings = null)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, hostJson);
        settings ??= [];
        settings["LocalHost:HostJsonPath"] = path;
        return await LocalHostFixture.StartAsync(SampleHost.Options(settings));
    }
}
