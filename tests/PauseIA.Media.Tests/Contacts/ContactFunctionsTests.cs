using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Contacts;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

public sealed class ContactFunctionsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public void EveryContactsHttpFunctionDeclaresWhoMayCallIt()
    {
        var functions = typeof(ContactWriteFunctions).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ContactWriteFunctions).Namespace)
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
            .ToList();

        Assert.True(functions.Count >= 20, $"{functions.Count} functions");
        Assert.All(functions, f => Assert.True(FunctionAccess.Of(f).Roles is not null, f.Name));
        Assert.All(functions, f => Assert.StartsWith("api/contacts", f.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().Single().Route, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AContactIsAnsweredInCamelCaseWithItsVersionInTheETagHeader()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("get"), city: "Paris", beats: ["ia"]);

        var response = await services.InvokeAsync<ContactReadFunctions>(nameof(ContactReadFunctions.Get), (f, r) => f.Get(r, contact.Email.ToUpperInvariant()), TestSettings.PressOfficer);

        Assert.Equal(200, response.Status);
        Assert.Equal(contact.ETag, response.Headers.ETag.ToString());
        var json = response.Json;
        Assert.Equal(contact.Email, json.GetProperty("email").GetString());
        Assert.Equal("Camille", json.GetProperty("firstName").GetString());
        Assert.Equal("print", json.GetProperty("mediaType").GetString());
        Assert.Equal("manual", json.GetProperty("source").GetString());
        Assert.Equal("legitimateInterest", json.GetProperty("lawfulBasis").GetString());
        Assert.Equal(contact.ETag, json.GetProperty("etag").GetString());
        Assert.Equal("ia", json.GetProperty("beats")[0].GetString());
        Assert.False(json.TryGetProperty("displayName", out _));
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("stranger@example.org", 403)]
    public async Task NobodyOutsideTheTeamReadsAContact(string? member, int status)
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("outsider"));
        var response = await services.InvokeAsync<ContactReadFunctions>(nameof(ContactReadFunctions.Get), (f, r) => f.Get(r, contact.Email), member);
        Assert.Equal(status, response.Status);
        Assert.NotNull(response.Error);
    }

    [Fact]
    public async Task UnknownAndInvalidAddressesAre404And400()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var unknown = await services.InvokeAsync<ContactReadFunctions>(nameof(ContactReadFunctions.Get), (f, r) => f.Get(r, ContactsTestKit.Unique("nobody")), TestSettings.Spokesperson);
        var invalid = await services.InvokeAsync<ContactReadFunctions>(nameof(ContactReadFunctions.Timeline), (f, r) => f.Timeline(r, "pas-une-adresse"), TestSettings.Spokesperson);

        Assert.Equal(404, unknown.Status);
        Assert.StartsWith("Contact introuvable", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(400, invalid.Status);
    }

    [Fact]
    public async Task ALocalLeadIsRefusedOtherCitiesAndListWideActions()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var paris = await services.CreateContactAsync(ContactsTestKit.Unique("paris"), city: "Paris");

        var other = await services.InvokeAsync<ContactReadFunctions>(nameof(ContactReadFunctions.Get), (f, r) => f.Get(r, paris.Email), TestSettings.MarseilleLead);
        var import = await services.InvokeAsync<ContactImportFunction>(nameof(ContactImportFunction.Run), (f, r) => f.Run(r), TestSettings.MarseilleLead, "POST", "email\na@x.fr\n", "text/csv");
        var lift = await services.InvokeAsync<ContactSuppressionFunctions>(nameof(ContactSuppressionFunctions.Lift), (f, r) => f.Lift(r, paris.Email), TestSettings.PressOfficer, "POST", new { kind = "optedOut", reason = "x" });

        Assert.Equal(403, other.Status);
        Assert.Contains("ville", other.Error, StringComparison.Ordinal);
        Assert.Equal(403, import.Status);
        Assert.Equal(403, lift.Status);
    }

    [Fact]
    public async Task CreatingAnswers201WithItsLocationAndBadBodiesAre400()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var email = ContactsTestKit.Unique("created");
        Task<FunctionResponse> Create(object? body, string contentType = "application/json") =>
            services.InvokeAsync<ContactWriteFunctions>(nameof(ContactWriteFunctions.Create), (f, r) => f.Create(r), TestSettings.PressOfficer, "POST", body, contentType);

        var created = await Create(new { email, firstName = "Sophie", lastName = "Nguyen", outlet = "France Inter", mediaType = "radio", beats = new[] { "science", "ia" }, city = "Paris", language = "fr", phone = "", notes = "" });
        Assert.Equal(201, created.Status);
        Assert.Equal($"/api/contacts/{Uri.EscapeDataString(email)}", created.Headers.Location.ToString());
        Assert.False(string.IsNullOrEmpty(created.Headers.ETag));
        Assert.Equal("radio", created.Json.GetProperty("mediaType").GetString());

        Assert.Equal(409, (await Create(new { email })).Status);
        Assert.Equal(400, (await Create("{ \"email\": ")).Status);
        Assert.Equal(400, (await Create("")).Status);
        Assert.Equal(400, (await Create("[1,2]")).Status);
        Assert.Equal(400, (await Create(new { firstName = "Sans adresse" })).Status);
        Assert.Equal(400, (await Create(new { email = ContactsTestKit.Unique("x"), beats = "ia" })).Status);
        Assert.Equal(413, (await Create(new string(' ', PauseIA.Media.Functions.Http.HttpRequestBodyExtensions.MaxJsonBytes + 1))).Status);
    }

    [Fact]
    public async Task EditsNeedTheVersionAndAStaleOneIs412WithIfMatchOr409FromTheBody()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("edit"));
        Task<FunctionResponse> Put(object body, string? ifMatch = null) =>
            services.InvokeAsync<ContactWriteFunctions>(nameof(ContactWriteFunctions.Replace), (f, r) => f.Replace(r, contact.Email), TestSettings.Spokesperson, "PUT", body,
                headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });
        Task<FunctionResponse> Patch(object body, string? ifMatch = null) =>
            services.InvokeAsync<ContactWriteFunctions>(nameof(ContactWriteFunctions.Patch), (f, r) => f.Patch(r, contact.Email), TestSettings.Spokesperson, "PATCH", body,
                headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });

        Assert.Equal(400, (await Put(new { email = contact.Email, city = "Lyon" })).Status);
        var put = await Put(new { email = contact.Email, firstName = "Camille", city = "Lyon" }, contact.ETag);
        Assert.Equal(200, put.Status);
        Assert.NotEqual(contact.ETag, put.Headers.ETag.ToString());
        Assert.Equal(412, (await Put(new { email = contact.Email, city = "Nantes" }, contact.ETag)).Status);
        Assert.Equal(409, (await Patch(new { city = "Nantes", etag = contact.ETag })).Status);
        Assert.Equal(400, (await Patch("[]", put.Headers.ETag)).Status);

        var patched = await Patch($"{{ \"phone\": \"04 00 00 00 00\", \"city\": null, \"etag\": {JsonSerializer.Serialize(put.Headers.ETag.ToString())} }}");
        Assert.Equal(200, patched.Status);
        Assert.Equal("04 00 00 00 00", patched.Json.GetProperty("phone").GetString());
        Assert.False(patched.Json.TryGetProperty("city", out _));

        var delete = await services.InvokeAsync<ContactWriteFunctions>(nameof(ContactWriteFunctions.Delete), (f, r) => f.Delete(r, contact.Email), TestSettings.Spokesperson, "DELETE",
            headers: new Dictionary<string, string> { ["If-Match"] = patched.Headers.ETag.ToString() });
        Assert.Equal(204, delete.Status);
    }

    [Fact]
    public async Task ADeleteWithoutTheVersionReadIs400AndDeletesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("blind"));
        var segment = await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Create), (f, r) => f.Create(r), TestSettings.Spokesperson, "POST", new { name = "Aveugle", filter = new { beats = new[] { "ia" } } });
        var id = segment.Json.GetProperty("id").GetString()!;

        foreach (var ifMatch in new string?[] { null, "*" })
        {
            var headers = ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch };
            var contactDelete = await services.InvokeAsync<ContactWriteFunctions>(nameof(ContactWriteFunctions.Delete), (f, r) => f.Delete(r, contact.Email), TestSettings.Spokesperson, "DELETE", headers: headers);
            var segmentDelete = await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Delete), (f, r) => f.Delete(r, id), TestSettings.Spokesperson, "DELETE", headers: headers);

            Assert.Equal((400, 400), (contactDelete.Status, segmentDelete.Status));
            Assert.Contains("If-Match", contactDelete.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(contact.ETag, (await services.Get<ContactStore>().GetAsync(contact.Email)).ETag);
        Assert.Equal(200, (await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Get), (f, r) => f.Get(r, id), TestSettings.Spokesperson)).Status);
        var stale = await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Delete), (f, r) => f.Delete(r, id), TestSettings.Spokesperson, "DELETE",
            headers: new Dictionary<string, string> { ["If-Match"] = "W/\"datetime'2000-01-01T00%3A00%3A00Z'\"" });
        Assert.Equal(412, stale.Status);
        var deleted = await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Delete), (f, r) => f.Delete(r, id), TestSettings.Spokesperson, "DELETE",
            headers: new Dictionary<string, string> { ["If-Match"] = segment.Headers.ETag.ToString() });
        Assert.Equal(204, deleted.Status);
    }

    [Fact]
    public async Task AMergeTakesTheVersionsAsTheConsoleSendsThemAndIs400WithoutThem()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var keep = await services.CreateContactAsync(ContactsTestKit.Unique("keep"));
        var gone = await services.CreateContactAsync(ContactsTestKit.Unique("gone"));
        Task<FunctionResponse> Merge(object body) =>
            services.InvokeAsync<ContactDuplicateFunctions>(nameof(ContactDuplicateFunctions.Merge), (f, r) => f.Merge(r), TestSettings.Spokesperson, "POST", body);

        var blind = await Merge(new { keep = keep.Email, merge = gone.Email });
        Assert.Equal(400, blind.Status);
        Assert.Contains("mergeEtag", blind.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await services.Get<ContactStore>().FindAsync(gone.Email));

        var merged = await Merge(new { keep = keep.Email, merge = gone.Email, keepETag = keep.ETag, mergeETag = gone.ETag });
        Assert.Equal(200, merged.Status);
        Assert.Equal(keep.Email, merged.Json.GetProperty("email").GetString());
        Assert.Null(await services.Get<ContactStore>().FindAsync(gone.Email));
    }

    [Fact]
    public async Task TheListAnswersAPageAndRefusesBadQueries()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"http-{Guid.NewGuid():N}";
        await services.CreateContactAsync(ContactsTestKit.Unique("l1"), beats: [beat]);
        await services.CreateContactAsync(ContactsTestKit.Unique("l2"), beats: [beat]);
        Task<FunctionResponse> List(string query) =>
            services.InvokeAsync<ContactListFunctions>(nameof(ContactListFunctions.List), (f, r) => f.List(r), TestSettings.Spokesperson, query: query);

        var page = await List($"?beat={beat}&mediaType=presse%20%C3%A9crite&limit=1");
        Assert.Equal(200, page.Status);
        Assert.Equal(1, page.Json.GetProperty("items").GetArrayLength());
        var next = await List($"?beat={beat}&limit=1&continuation={page.Json.GetProperty("continuation").GetString()}");
        Assert.NotEqual(page.Json.GetProperty("items")[0].GetProperty("email").GetString(), next.Json.GetProperty("items")[0].GetProperty("email").GetString());

        Assert.Equal(400, (await List("?optedOut=maybe")).Status);
        Assert.Equal(400, (await List("?mediaType=blog")).Status);
        Assert.Equal(400, (await List("?limit=-1")).Status);
        Assert.Equal(400, (await List("?limit=1000")).Status);
        Assert.Equal(400, (await List("?continuation=%%%")).Status);

        var facets = await services.InvokeAsync<ContactListFunctions>(nameof(ContactListFunctions.Facets), (f, r) => f.Facets(r), TestSettings.Spokesperson);
        Assert.Contains(facets.Json.GetProperty("beats").EnumerateArray(), b => b.GetProperty("value").GetString() == beat && b.GetProperty("count").GetInt32() == 2);
    }

    [Fact]
    public async Task AnImportIsPostedAsCsvOrAsAFormFileAndOversizedFilesAre413()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite, settings: new Dictionary<string, string?> { ["Contacts:ImportMaxBytes"] = "2048" });
        var email = ContactsTestKit.Unique("posted");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes($"Adresse e-mail;Prénom\n{email};Éloïse\n");
        Task<FunctionResponse> Import(object body, string query, string contentType = "text/csv") =>
            services.InvokeAsync<ContactImportFunction>(nameof(ContactImportFunction.Run), (f, r) => f.Run(r), TestSettings.Spokesperson, "POST", body, contentType, query);

        var dryRun = await Import(csv, "");
        Assert.Equal(200, dryRun.Status);
        Assert.False(dryRun.Json.GetProperty("committed").GetBoolean());
        Assert.Equal("windows-1252", dryRun.Json.GetProperty("encoding").GetString());
        Assert.Equal("create", dryRun.Json.GetProperty("rows")[0].GetProperty("outcome").GetString());
        Assert.Equal(2, dryRun.Json.GetProperty("rows")[0].GetProperty("row").GetInt32());

        var boundary = "----pauseia";
        var form = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .Concat(csv).Concat(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")).ToArray();
        var committed = await Import(form, $"?commit=true&expect={dryRun.Json.GetProperty("fingerprint").GetString()}", $"multipart/form-data; boundary={boundary}");
        Assert.Equal(200, committed.Status);
        Assert.True(committed.Json.GetProperty("committed").GetBoolean());
        Assert.Equal("Éloïse", (await services.Get<ContactStore>().GetAsync(email)).FirstName);

        Assert.Equal(400, (await Import(csv, "?commit=maybe")).Status);
        Assert.Equal(400, (await Import(Array.Empty<byte>(), "?commit=true")).Status);
        Assert.Equal(413, (await Import(new byte[4096], "?commit=true")).Status);
    }

    [Fact]
    public async Task TheExportIsACsvDownload()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"dl-{Guid.NewGuid():N}";
        await services.CreateContactAsync(ContactsTestKit.Unique("dl"), beats: [beat]);

        var response = await services.InvokeAsync<ContactExportFunction>(nameof(ContactExportFunction.Run), (f, r) => f.Run(r), TestSettings.Spokesperson, query: $"?beat={beat}&delimiter=,");
        var file = Assert.IsType<FileContentResult>(response.Value);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.EndsWith(".csv", file.FileDownloadName, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFemail,first_name,", Encoding.UTF8.GetString(file.FileContents), StringComparison.Ordinal);
        Assert.Equal(400, (await services.InvokeAsync<ContactExportFunction>(nameof(ContactExportFunction.Run), (f, r) => f.Run(r), TestSettings.Spokesperson, query: "?delimiter=|")).Status);
        Assert.Equal(403, (await services.InvokeAsync<ContactExportFunction>(nameof(ContactExportFunction.Run), (f, r) => f.Run(r), TestSettings.LyonLead)).Status);
    }

    [Fact]
    public async Task SegmentsOptOutsAndGdprActionsAnswerTheirJson()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"json-{Guid.NewGuid():N}";
        var kept = await services.CreateContactAsync(ContactsTestKit.Unique("kept"), beats: [beat]);
        var leaving = await services.CreateContactAsync(ContactsTestKit.Unique("leaving"), beats: [beat]);

        var segment = await services.InvokeAsync<SegmentFunctions>(nameof(SegmentFunctions.Create), (f, r) => f.Create(r), TestSettings.Spokesperson, "POST",
            new { name = "JSON", filter = new { beats = new[] { beat }, mediaTypes = new[] { "print" } } });
        Assert.Equal(201, segment.Status);
        var id = segment.Json.GetProperty("id").GetString()!;
        var optOut = await services.InvokeAsync<ContactSuppressionFunctions>(nameof(ContactSuppressionFunctions.OptOut), (f, r) => f.OptOut(r, leaving.Email), TestSettings.PressOfficer, "POST");
        Assert.True(optOut.Json.GetProperty("optedOut").GetBoolean());

        var manifest = await services.InvokeAsync<SegmentManifestFunctions>(nameof(SegmentManifestFunctions.Manifest), (f, r) => f.Manifest(r, id), TestSettings.Spokesperson);
        Assert.Equal(kept.Email, manifest.Json.GetProperty("recipients")[0].GetProperty("email").GetString());
        Assert.Equal("optedOut", manifest.Json.GetProperty("excluded")[0].GetProperty("reason").GetString());
        var preview = await services.InvokeAsync<SegmentManifestFunctions>(nameof(SegmentManifestFunctions.Preview), (f, r) => f.Preview(r), TestSettings.Spokesperson, "POST", new { beats = new[] { beat } });
        Assert.Equal(1, preview.Json.GetProperty("recipients").GetArrayLength());
        Assert.Equal(404, (await services.InvokeAsync<SegmentManifestFunctions>(nameof(SegmentManifestFunctions.Manifest), (f, r) => f.Manifest(r, "unknown"), TestSettings.Spokesperson)).Status);
        Assert.Equal(400, (await services.InvokeAsync<SegmentManifestFunctions>(nameof(SegmentManifestFunctions.Preview), (f, r) => f.Preview(r), TestSettings.Spokesperson, "POST", new { mediaTypes = new[] { "blog" } })).Status);

        var lift = await services.InvokeAsync<ContactSuppressionFunctions>(nameof(ContactSuppressionFunctions.Lift), (f, r) => f.Lift(r, leaving.Email), TestSettings.Admin, "POST", new { reason = "sans type" });
        Assert.Equal(400, lift.Status);

        var data = await services.InvokeAsync<ContactPrivacyFunctions>(nameof(ContactPrivacyFunctions.Data), (f, r) => f.Data(r, leaving.Email), TestSettings.Spokesperson);
        Assert.Equal(leaving.Email, data.Json.GetProperty("subject").GetString());
        Assert.True(data.Json.GetProperty("suppression").GetProperty("optedOut").GetBoolean());
        Assert.Equal(id, data.Json.GetProperty("segments")[0].GetProperty("id").GetString());

        services.Time.Advance(TimeSpan.FromMinutes(1));
        var erased = await services.InvokeAsync<ContactPrivacyFunctions>(nameof(ContactPrivacyFunctions.Erase), (f, r) => f.Erase(r, leaving.Email), TestSettings.Spokesperson, "POST", new { reason = "demande" });
        Assert.Equal(200, erased.Status);
        Assert.True(erased.Json.GetProperty("contactFound").GetBoolean());
        Assert.Equal(64, erased.Json.GetProperty("subject").GetString()!.Length);

        var audit = await services.InvokeAsync<ContactPrivacyFunctions>(nameof(ContactPrivacyFunctions.Audit), (f, r) => f.Audit(r), TestSettings.Admin, query: $"?email={Uri.EscapeDataString(leaving.Email)}");
        Assert.Equal(["erased", "dataExported"], audit.Json.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.DoesNotContain(leaving.Email, audit.Json.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(403, (await services.InvokeAsync<ContactPrivacyFunctions>(nameof(ContactPrivacyFunctions.Audit), (f, r) => f.Audit(r), TestSettings.PressOfficer)).Status);
        Assert.Equal(400, (await services.InvokeAsync<ContactPrivacyFunctions>(nameof(ContactPrivacyFunctions.Audit), (f, r) => f.Audit(r), TestSettings.Admin, query: "?month=novembre")).Status);
    }

    [Fact]
    public async Task TheRetentionTimerRunsTheRetention()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("timer"));
        services.Time.Advance(TimeSpan.FromDays(1100));
        var function = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<ContactRetentionFunction>(services.Provider);

        await function.Run(new TimerInfo());

        Assert.NotNull((await services.Get<ContactStore>().GetAsync(contact.Email)).ReviewFlaggedAt);
    }
}
