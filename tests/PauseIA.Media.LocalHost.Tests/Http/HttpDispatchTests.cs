using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Http;

public sealed class HttpDispatchTests(SampleHostFixture host) : IClassFixture<SampleHostFixture>
{
    [Fact]
    public async Task ARouteValueIsConvertedAndBoundByName()
    {
        using var client = host.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/samples/items/42");

        Assert.Equal(42, body.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AnOptionalRouteValueIsBoundWhenPresentAndNullWhenAbsent()
    {
        using var client = host.CreateClient();

        var with = await client.GetFromJsonAsync<JsonElement>("/samples/numbers/7/2026-12-01");
        var without = await client.GetFromJsonAsync<JsonElement>("/samples/numbers/7");

        Assert.Equal("2026-12-01", with.GetProperty("day").GetString());
        Assert.False(without.TryGetProperty("day", out _)); // the API leaves nulls out
    }

    [Fact]
    public async Task ARouteValueThatDoesNotConvertIsA400WithTheParameterNamed()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/samples/numbers/douze", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("number", await ErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARouteConstraintThatFailsMatchesNothing()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/samples/items/abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Introuvable. / Not found.", await ErrorAsync(response));
    }

    [Fact]
    public async Task ACatchAllBindsTheRestOfThePathAndALiteralRouteWinsOverIt()
    {
        using var client = host.CreateClient();

        var file = await client.GetFromJsonAsync<JsonElement>("/samples/files/press/kit.pdf");
        var special = await client.GetFromJsonAsync<JsonElement>("/samples/files/special");
        var empty = await client.GetFromJsonAsync<JsonElement>("/samples/files");

        Assert.Equal("press/kit.pdf", file.GetProperty("path").GetString());
        Assert.True(special.GetProperty("special").GetBoolean());
        Assert.False(empty.TryGetProperty("path", out _));
    }

    [Fact]
    public async Task OnlyTheDeclaredMethodsAreServedAndAnotherMethodIsA405()
    {
        using var client = host.CreateClient();

        using var put = await client.PutAsync(new Uri("/samples/echo", UriKind.Relative), new StringContent("hello"));
        using var get = await client.GetAsync(new Uri("/samples/echo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("Méthode non autorisée. / Method not allowed.", await ErrorAsync(get));
    }

    [Fact]
    public async Task AFunctionWithoutMethodsAnswersEveryMethod()
    {
        using var client = host.CreateClient();

        using var delete = await client.DeleteAsync(new Uri("/samples/any", UriKind.Relative));
        using var patch = await client.PatchAsync(new Uri("/samples/any", UriKind.Relative), new StringContent(""));

        Assert.Equal("DELETE", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("method").GetString());
        Assert.Equal("PATCH", (await patch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("method").GetString());
    }

    [Fact]
    public async Task AFunctionWithoutARouteIsServedAtItsName()
    {
        using var client = host.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/SampleDefaultRoute");

        Assert.Equal("default", body.GetProperty("route").GetString());
    }

    [Fact]
    public async Task AnUnknownPathIsA404WithTheErrorShape()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheFunctionGetsItsContextTheRequestAndACancellationToken()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsync(new Uri("/samples/echo", UriKind.Relative), new StringContent("Bonjour"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Bonjour", body.GetProperty("body").GetString());
        Assert.Equal("SampleEcho", body.GetProperty("function").GetString());
        Assert.True(body.GetProperty("sameHttpContext").GetBoolean());
        Assert.True(body.GetProperty("cancellable").GetBoolean());
    }

    [Fact]
    public async Task IResultAndValueTaskResultsAreExecuted()
    {
        using var client = host.CreateClient();

        using var minimal = await client.GetAsync(new Uri("/samples/minimal", UriKind.Relative));
        using var valueTask = await client.GetAsync(new Uri("/samples/valuetask", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, minimal.StatusCode);
        Assert.Equal("minimal", await minimal.Content.ReadAsStringAsync());
        Assert.Equal("from a ValueTask", await valueTask.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADomainExceptionBecomesItsStatusWithTheErrorBody()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/samples/conflict", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Déjà pris. / Already taken.", await ErrorAsync(response));
    }

    [Fact]
    public async Task AnUnexpectedExceptionIsA500WithoutWhatTheFunctionHadSet()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/samples/bug", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Erreur interne du serveur. / Internal server error.", await ErrorAsync(response));
        Assert.False(response.Headers.Contains("X-Half-Done"));
        Assert.DoesNotContain("A bug in a sample", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AFunctionWithRolesIsCheckedByTheGate()
    {
        using var anonymous = host.CreateClient();
        using var admin = await host.SignInAsync(TestSettings.Admin);
        using var officer = await host.SignInAsync(TestSettings.PressOfficer);

        using var unauthenticated = await anonymous.GetAsync(new Uri("/samples/admin", UriKind.Relative));
        using var forbidden = await officer.GetAsync(new Uri("/samples/admin", UriKind.Relative));
        var allowed = await admin.GetFromJsonAsync<JsonElement>("/samples/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(TestSettings.Admin, allowed.GetProperty("email").GetString());
    }

    [Fact]
    public async Task AFunctionThatDeclaresNoRolesIsClosedToEveryone()
    {
        using var admin = await host.SignInAsync(TestSettings.Admin);

        using var response = await admin.GetAsync(new Uri("/samples/undeclared", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task KestrelAcceptsBodiesUpToTheFunctionsHostLimit()
    {
        using var client = host.CreateClient();
        var body = new byte[31 * 1024 * 1024];

        using var response = await client.PostAsync(new Uri("/samples/upload", UriKind.Relative), new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body.Length, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("length").GetInt32());
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
}
