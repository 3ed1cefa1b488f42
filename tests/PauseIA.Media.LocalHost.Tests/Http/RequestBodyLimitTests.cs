using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Http;

public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task ByDefaultKestrelTakesTheFunctionsHostLimitAboveSendGridsThirtyMegabytes()
    {
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options());

        var limit = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;

        Assert.Equal(LocalHostOptions.FunctionsHostMaxRequestBodySize, limit);
        Assert.True(limit > 30 * 1024 * 1024);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413WithTheErrorBody()
    {
        var settings = new Dictionary<string, string?> { ["LocalHost:MaxRequestBodySize"] = "1024" };
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(settings));
        using var client = host.CreateClient();

        using var small = await client.PostAsync(new Uri("/samples/upload", UriKind.Relative), new ByteArrayContent(new byte[1024]));
        using var large = await client.PostAsync(new Uri("/samples/upload", UriKind.Relative), new ByteArrayContent(new byte[1025]));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("Requête trop volumineuse. / Request body too large.", (await large.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }
}
