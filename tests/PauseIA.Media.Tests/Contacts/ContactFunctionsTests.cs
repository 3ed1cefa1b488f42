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
        Assert.All(functions, f => Assert.True(HttpFunctionGate.Declared(f).Roles is not null, f.Name));
        Assert.All(functions, f => Assert.StartsWith("api/contacts", f.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().Single().Route, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AContactIsAnsweredInCamelCaseWithItsVersionInTheETagHeader()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("get"), city: "Paris", beats: ["ia"]);

        var response = await services.CallAsync<ContactReadFunctions>(TestSettings.PressOfficer, (f, r) => f.Get(r, contact.Email.ToUpperInvariant()));

        Assert.Equal(200, response.Status);
        Assert.Equal(contact.ETag, response.Headers.ETag.ToString());
        var json = response.Json!;
        Assert.Equal(contact.Email, (string?)json["email"]);
        Assert.Equal("Camille", (string?)json["firstName"]);
        Assert.Equal("print", (string?)json["mediaType"]);
        Assert.Equal("manual", (string?)json["source"]);
        Assert.Equal("legitimateInterest", (string?)json["lawfulBasis"]);
        Assert.Equal(contact.ETag, (string?)json["etag"]);
        Assert.Equal("ia", (string?)json["beats"]![0]);
        Assert.False(json.AsObject().ContainsKey("displayName"));
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("stranger@example.org", 403)]
    public async Task NobodyOutsideTheTeamReadsAContact(string? member, int status)
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("outsider"));
        var response = await services.CallAsync<ContactReadFunctions>(member, (f, r) => f.Get(r, contact.Email));
        Assert.Equal(status, response.Status);
        Assert.NotNull(response.Error);
    }

    [Fact]
    public async Task UnknownAndInvalidAddressesAre404And400()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var unknown = await services.CallAsync<ContactReadFunctions>(TestSettings.Spokesperson, (f, r) => f.Get(r, ContactsTestKit.Unique("nobody")));
        var invalid = await services.CallAsync<ContactReadFunctions>(TestSettings.Spokesperson, (f, r) => f.Timeline(r, "pas-une-adresse"));

        Assert.Equal(404, unknown.Status);
        Assert.StartsWith("Contact introuvable", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(400, invalid.Status);
    }

    [Fact]
    public async Task ALocalLeadIsRefusedOtherCitiesAndListWideActions()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var paris = await services.CreateContactAsync(ContactsTestKit.Unique("paris"), city: "Paris");

        var other = await services.CallAsync<ContactReadFunctions>(TestSettings.MarseilleLead, (f, r) => f.Get(r, paris.Email));
        var import = await services.CallAsync<ContactImportFunction>(TestSettings.MarseilleLead, (f, r) => f.Run(r), body: "email\na@x.fr\n", contentType: "text/csv");
        var lift = await services.CallAsync<ContactSuppressionFunctions>(TestSettings.PressOfficer, (f, r) => f.Lift(r, paris.Email), body: new { kind = "optedOut", reason = "x" });

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
            services.CallAsync<ContactWriteFunctions>(TestSettings.PressOfficer, (f, r) => f.Create(r), body: body, contentType: contentType);

        var created = await Create(new { email, firstName = "Sophie", lastName = "Nguyen", outlet = "France Inter", mediaType = "radio", beats = new[] { "science", "ia" }, city = "Paris", language = "fr", phone = "", notes = "" });
        Assert.Equal(201, created.Status);
        Assert.Equal($"/api/contacts/{Uri.EscapeDataString(email)}", created.Headers.Location.ToString());
        Assert.False(string.IsNullOrEmpty(created.Headers.ETag));
        Assert.Equal("radio", (string?)created.Json!["mediaType"]);

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
            services.CallAsync<ContactWriteFunctions>(TestSettings.Spokesperson, (f, r) => f.Replace(r, contact.Email), body: body, method: "PUT", headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });
        Task<FunctionResponse> Patch(object body, string? ifMatch = null) =>
            services.CallAsync<ContactWriteFunctions>(TestSettings.Spokesperson, (f, r) => f.Patch(r, contact.Email), body: body, method: "PATCH", headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });

        Assert.Equal(400, (await Put(new { email = contact.Email, city = "Lyon" })).Status);
        var put = await Put(new { email = contact.Email, firstName = "Camille", city = "Lyon" }, contact.ETag);
        Assert.Equal(200, put.Status);
        Assert.NotEqual(contact.ETag, put.Headers.ETag.ToString());
        Assert.Equal(412, (await Put(new { email = contact.Email, city = "Nantes" }, contact.ETag)).Status);
        Assert.Equal(409, (await Patch(new { city = "Nantes", etag = contact.ETag })).Status);
        Assert.Equal(400, (await Patch("[]", put.Headers.ETag)).Status);

        var patched = await Patch($"{{ \"phone\": \"04 00 00 00 00\", \"city\": null, \"etag\": {JsonSerializer.Serialize(put.Headers.ETag.ToString())} }}");
        Assert.Equal(200, patched.Status);
        Assert.Equal("04 00 00 00 00", (string?)patched.Json!["phone"]);
        Assert.False(patched.Json!.AsObject().ContainsKey("city"));

        var delete = await services.CallAsync<ContactWriteFunctions>(TestSettings.Spokesperson, (f, r) => f.Delete(r, contact.Email), method: "DELETE", headers: new Dictionary<string, string> { ["If-Match"] = patched.Headers.ETag.ToString() });
        Assert.Equal(204, delete.Status);
    }

    [Fact]
    public async Task ADeleteWithoutTheVersionReadIs400AndDeletesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("blind"));
        var segment = await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Create(r), body: new { name = "Aveugle", filter = new { beats = new[] { "ia" } } });
        var id = (string)segment.Json!["id"]!;

        foreach (var ifMatch in new string?[] { null, "*" })
        {
            var headers = ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch };
            var contactDelete = await services.CallAsync<ContactWriteFunctions>(TestSettings.Spokesperson, (f, r) => f.Delete(r, contact.Email), method: "DELETE", headers: headers);
            var segmentDelete = await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Delete(r, id), method: "DELETE", headers: headers);

            Assert.Equal((400, 400), (contactDelete.Status, segmentDelete.Status));
            Assert.Contains("If-Match", (string?)contactDelete.Json!["error"], StringComparison.Ordinal);
        }

        Assert.Equal(contact.ETag, (await services.Get<ContactStore>().GetAsync(contact.Email)).ETag);
        Assert.Equal(200, (await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Get(r, id))).Status);
        var stale = await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Delete(r, id), method: "DELETE", headers: new Dictionary<string, string> { ["If-Match"] = "W/\"datetime'2000-01-01T00%3A00%3A00Z'\"" });
        Assert.Equal(412, stale.Status);
        var deleted = await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Delete(r, id), method: "DELETE", headers: new Dictionary<string, string> { ["If-Match"] = segment.Headers.ETag.ToString() });
        Assert.Equal(204, deleted.Status);
    }

    [Fact]
    public async Task AMergeTakesTheVersionsAsTheConsoleSendsThemAndIs400WithoutThem()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var keep = await services.CreateContactAsync(ContactsTestKit.Unique("keep"));
        var gone = await services.CreateContactAsync(ContactsTestKit.Unique("gone"));
        Task<FunctionResponse> Merge(object body) =>
            services.CallAsync<ContactDuplicateFunctions>(TestSettings.Spokesperson, (f, r) => f.Merge(r), body: body);

        var blind = await Merge(new { keep = keep.Email, merge = gone.Email });
        Assert.Equal(400, blind.Status);
        Assert.Contains("mergeEtag", (string?)blind.Json!["error"], StringComparison.Ordinal);
        Assert.NotNull(await services.Get<ContactStore>().FindAsync(gone.Email));

        var merged = await Merge(new { keep = keep.Email, merge = gone.Email, keepETag = keep.ETag, mergeETag = gone.ETag });
        Assert.Equal(200, merged.Status);
        Assert.Equal(keep.Email, (string?)merged.Json!["email"]);
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
            services.CallAsync<ContactListFunctions>(TestSettings.Spokesperson, (f, r) => f.List(r), query: query);

        var page = await List($"?beat={beat}&mediaType=presse%20%C3%A9crite&limit=1");
        Assert.Equal(200, page.Status);
        Assert.Single(page.Json!["items"]!.AsArray());
        var next = await List($"?beat={beat}&limit=1&continuation={(string?)page.Json!["continuation"]}");
        Assert.NotEqual((string?)page.Json!["items"]![0]!["email"], (string?)next.Json!["items"]![0]!["email"]);

        Assert.Equal(400, (await List("?optedOut=maybe")).Status);
        Assert.Equal(400, (await List("?mediaType=blog")).Status);
        Assert.Equal(400, (await List("?limit=-1")).Status);
        Assert.Equal(400, (await List("?limit=1000")).Status);
        Assert.Equal(400, (await List("?continuation=%%%")).Status);

        var facets = await services.CallAsync<ContactListFunctions>(TestSettings.Spokesperson, (f, r) => f.Facets(r));
        Assert.Contains(facets.Json!["beats"]!.AsArray(), b => (string?)b!["value"] == beat && (int)b["count"]! == 2);
    }

    [Fact]
    public async Task AnImportIsPostedAsCsvOrAsAFormFileAndOversizedFilesAre413()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite, settings: new Dictionary<string, string?> { ["Contacts:ImportMaxBytes"] = "2048" });
        var email = ContactsTestKit.Unique("posted");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes($"Adresse e-mail;Prénom\n{email};Éloïse\n");
        Task<FunctionResponse> Import(object body, string query, string contentType = "text/csv") =>
            services.CallAsync<ContactImportFunction>(TestSettings.Spokesperson, (f, r) => f.Run(r), body: body, query: query, contentType: contentType);

        var dryRun = await Import(csv, "");
        Assert.Equal(200, dryRun.Status);
        Assert.False((bool)dryRun.Json!["committed"]!);
        Assert.Equal("windows-1252", (string?)dryRun.Json!["encoding"]);
        Assert.Equal("create", (string?)dryRun.Json!["rows"]![0]!["outcome"]);
        Assert.Equal(2, (int)dryRun.Json!["rows"]![0]!["row"]!);

        var boundary = "----pauseia";
        var form = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .Concat(csv).Concat(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")).ToArray();
        var committed = await Import(form, $"?commit=true&expect={(string?)dryRun.Json!["fingerprint"]}", $"multipart/form-data; boundary={boundary}");
        Assert.Equal(200, committed.Status);
        Assert.True((bool)committed.Json!["committed"]!);
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

        var response = await services.CallAsync<ContactExportFunction>(TestSettings.Spokesperson, (f, r) => f.Run(r), query: $"?beat={beat}&delimiter=,");
        Assert.Equal("text/csv; charset=utf-8", response.Headers.ContentType.ToString());
        Assert.StartsWith("attachment; filename=", response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Contains(".csv", response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFemail,first_name,", response.Text, StringComparison.Ordinal);
        Assert.Equal(400, (await services.CallAsync<ContactExportFunction>(TestSettings.Spokesperson, (f, r) => f.Run(r), query: "?delimiter=|")).Status);
        Assert.Equal(403, (await services.CallAsync<ContactExportFunction>(TestSettings.LyonLead, (f, r) => f.Run(r))).Status);
    }

    [Fact]
    public async Task SegmentsOptOutsAndGdprActionsAnswerTheirJson()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"json-{Guid.NewGuid():N}";
        var kept = await services.CreateContactAsync(ContactsTestKit.Unique("kept"), beats: [beat]);
        var leaving = await services.CreateContactAsync(ContactsTestKit.Unique("leaving"), beats: [beat]);

        var segment = await services.CallAsync<SegmentFunctions>(TestSettings.Spokesperson, (f, r) => f.Create(r), body: new { name = "JSON", filter = new { beats = new[] { beat }, mediaTypes = new[] { "print" } } });
        Assert.Equal(201, segment.Status);
        var id = (string)segment.Json!["id"]!;
        var optOut = await services.CallAsync<ContactSuppressionFunctions>(TestSettings.PressOfficer, (f, r) => f.OptOut(r, leaving.Email), method: "POST");
        Assert.True((bool)optOut.Json!["optedOut"]!);

        var manifest = await services.CallAsync<SegmentManifestFunctions>(TestSettings.Spokesperson, (f, r) => f.Manifest(r, id));
        Assert.Equal(kept.Email, (string?)manifest.Json!["recipients"]![0]!["email"]);
        Assert.Equal("optedOut", (string?)manifest.Json!["excluded"]![0]!["reason"]);
        var preview = await services.CallAsync<SegmentManifestFunctions>(TestSettings.Spokesperson, (f, r) => f.Preview(r), body: new { beats = new[] { beat } });
        Assert.Single(preview.Json!["recipients"]!.AsArray());
        Assert.Equal(404, (await services.CallAsync<SegmentManifestFunctions>(TestSettings.Spokesperson, (f, r) => f.Manifest(r, "unknown"))).Status);
        Assert.Equal(400, (await services.CallAsync<SegmentManifestFunctions>(TestSettings.Spokesperson, (f, r) => f.Preview(r), body: new { mediaTypes = new[] { "blog" } })).Status);

        var lift = await services.CallAsync<ContactSuppressionFunctions>(TestSettings.Admin, (f, r) => f.Lift(r, leaving.Email), body: new { reason = "sans type" });
        Assert.Equal(400, lift.Status);

        var data = await services.CallAsync<ContactPrivacyFunctions>(TestSettings.Spokesperson, (f, r) => f.Data(r, leaving.Email));
        Assert.Equal(leaving.Email, (string?)data.Json!["subject"]);
        Assert.True((bool)data.Json!["suppression"]!["optedOut"]!);
        Assert.Equal(id, (string?)data.Json!["segments"]![0]!["id"]);

        services.Time.Advance(TimeSpan.FromMinutes(1));
        var erased = await services.CallAsync<ContactPrivacyFunctions>(TestSettings.Spokesperson, (f, r) => f.Erase(r, leaving.Email), body: new { reason = "demande" });
        Assert.Equal(200, erased.Status);
        Assert.True((bool)erased.Json!["contactFound"]!);
        Assert.Equal(64, ((string)erased.Json!["subject"]!).Length);

        var audit = await services.CallAsync<ContactPrivacyFunctions>(TestSettings.Admin, (f, r) => f.Audit(r), query: $"?email={Uri.EscapeDataString(leaving.Email)}");
        Assert.Equal(["erased", "dataExported"], audit.Json!.AsArray().Select(e => (string?)e!["action"]));
        Assert.DoesNotContain(leaving.Email, audit.Json!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(403, (await services.CallAsync<ContactPrivacyFunctions>(TestSettings.PressOfficer, (f, r) => f.Audit(r))).Status);
        Assert.Equal(400, (await services.CallAsync<ContactPrivacyFunctions>(TestSettings.Admin, (f, r) => f.Audit(r), query: "?month=novembre")).Status);
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
