using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Hostile requests on every route, found from the functions' own attributes: bad bodies on every
/// endpoint that takes one, unknown and path-like ids on every route with an id. Each gets a 4xx
/// with the API's error shape, and storage (rows, blobs, queues: the audit trail and the outbox
/// among them) is exactly as before.
/// </summary>
public sealed class HostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private const string InboundKey = "local-dev-secret";

    /// <summary>Routes whose address is what to act on, known or not (GDPR access and erasure of anyone who wrote to us).</summary>
    private static readonly HashSet<string> AnyAddress = ["POST /api/contacts/{email}/erase", "GET /api/contacts/{email}/data"];

    /// <summary>Routes that read no body: what they do does not depend on one, so a bad body cannot reach a reader.</summary>
    private static readonly HashSet<string> NoBody = ["POST /api/statements/{id}/submit", "POST /api/inquiries/{reference}/reopen", "POST /api/contacts/{email}/keep", "POST /api/poison/{queue}/{id}/requeue"];

    public static TheoryData<string> BodyRoutes => [.. HttpRoute.All.Where(r => r.TakesBody && !NoBody.Contains(r.ToString())).Select(r => r.ToString())];

    public static TheoryData<string> IdRoutes => [.. HttpRoute.All.Where(r => r.HasId).Select(r => r.ToString())];

    /// <summary>Bodies no client of ours sends: each must be refused before anything is written.</summary>
    public static IReadOnlyList<(string Name, Func<HttpContent> Content)> BadBodies { get; } =
    [
        ("truncated JSON", () => Json("""{"markdown":"x","email":""")),
        ("JSON with invalid UTF-8", () => Bytes("application/json", [.. """{"markdown":"a"""u8, 0xC3, 0x28, 0xFF, .. "\",\"title\":\"t\",\"email\":\"a@b.fr\"}"u8])),
        ("JSON array", () => Json("[1,2,3]")),
        ("JSON string", () => Json("\"x\"")),
        ("JSON null", () => Json("null")),
        ("JSON nested 10,000 deep", () => Json(new string('[', 10_000) + new string(']', 10_000))),
        ("JSON beyond the size limit", () => Json("{\"markdown\":\"" + new string('a', HostileSite.BodyLimit) + "\"}")),
        ("JSON beyond the size limit, length unannounced", () => new UnannouncedLength(Encoding.UTF8.GetBytes("{\"markdown\":\"" + new string('a', HostileSite.BodyLimit) + "\"}"), "application/json")),
        ("multipart without boundary", () => Bytes("multipart/form-data", "--x\r\n\r\n"u8.ToArray())),
        ("multipart cut short", () => Bytes("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nFrom: x@y.fr\r\n"u8.ToArray())),
        ("multipart with a part lacking its disposition", () => Bytes("multipart/form-data; boundary=b", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n"u8.ToArray())),
        ("multipart with a 300-character boundary", () => Bytes($"multipart/form-data; boundary={new string('b', 300)}", Encoding.ASCII.GetBytes($"--{new string('b', 300)}\r\n\r\nx\r\n"))),
        ("form with no file", () => new FormUrlEncodedContent([new("a", "b")])),
        ("binary labelled as JSON", () => Bytes("application/json", [0x00, 0x01, 0xFE, 0xFF, 0x89, 0x50, 0x4E, 0x47])),
        ("XML", () => Bytes("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"u8.ToArray())),
        ("an Excel workbook", () => Bytes("text/csv", [.. "PK\u0003\u0004"u8, 0x14, 0x00])),
    ];

    /// <summary>Well-formed JSON whose values have the wrong type, or name no member of an enum, for fields each route reads.</summary>
    public static TheoryData<string, string> TypeMismatches => new()
    {
        { "POST /api/contacts", """{"email":["a@b.fr"]}""" },
        { "POST /api/contacts", """{"email":"typed@hostile.example.fr","beats":"ia"}""" },
        { "POST /api/contacts", """{"email":"typed@hostile.example.fr","lawfulBasis":7}""" },
        { "POST /api/statements", """{"markdown":{"a":1},"kind":"pressRelease"}""" },
        { "POST /api/statements", """{"markdown":"x","kind":99,"audience":{"emails":["a@b.fr"]}}""" },
        { "POST /api/statements", """{"markdown":"x","kind":"pressRelease","embargoMode":7,"audience":{"emails":["a@b.fr"]}}""" },
        { "POST /api/statements", """{"markdown":"x","kind":"pressRelease","audience":{"emails":"a@b.fr"}}""" },
        { "PUT /api/routing/rules", """{"rules":7}""" },
        { "POST /api/statements/{id}/send", """{"test":"yes"}""" },
        { "POST /api/statements/{id}/review", """{"decision":42}""" },
        { "POST /api/statements/{id}/withdraw", """{"reason":["x"]}""" },
        { "POST /api/inquiries/{reference}/assign", """{"assignee":12}""" },
        { "POST /api/inquiries/{reference}/close", """{"reason":{"a":1}}""" },
        { "POST /api/contacts/{email}/opt-out", """{"kind":7}""" },
        { "POST /api/contacts/merge", """{"keep":1,"merge":2}""" },
        { "POST /api/contacts/segments", """{"name":5,"filter":"x"}""" },
    };

    /// <summary>Contact files no spreadsheet writes on purpose, with what the import must make of them.</summary>
    public static IReadOnlyDictionary<string, (byte[] File, string? Expected)> AbsurdFiles { get; } = new Dictionary<string, (byte[], string?)>
    {
        ["a 200 KB cell"] = (Utf8("email;notes\nhuge@example.fr;" + new string('x', 200_000) + "\n"), "tooLong"),
        ["5,000 columns"] = (Utf8("email" + string.Concat(Enumerable.Repeat(";c", 5000)) + "\nwide@example.fr" + string.Concat(Enumerable.Repeat(";=1", 5000)) + "\n"), null),
        ["more cells than columns"] = (Utf8("email;notes\nextra@example.fr;a;b;c;d\n"), "extraCells"),
        ["a quote never closed"] = (Utf8("email;notes\nopen@example.fr;\"never closed\nnext@example.fr;x\n"), "malformed"),
        ["a quote inside a bare value"] = (Utf8("email;notes\nmid@example.fr;a\"b\"c\n"), null),
        ["binary"] = (Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray(), "400"),
        ["NUL bytes in UTF-16"] = ([0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("email\n\0@x.fr\n")], "400"),
        ["invalid UTF-8 (read as Windows-1252)"] = ([.. "email;last_name\nw1252@example.fr;Caf"u8, 0xE9, 0xC3, 0x28, .. "\n"u8], null),
        ["no email column"] = (Utf8("name;notes\nx;y\n"), "400"),
        ["only a header"] = (Utf8("email\n"), null),
        ["a row of 10,000 lines in one quoted cell"] = (Utf8("email;notes\nlines@example.fr;\"" + string.Concat(Enumerable.Repeat("l\n", 10_000)) + "\"\n"), "tooLong"),
        ["formula cells everywhere"] = (Utf8("email;first_name;last_name;outlet;city;notes\n=HYPERLINK(\"http://evil\")@x.fr;=1+1;+1;-1;@SUM(A1);\t=1\n"), "rejected"),
    };

    public static TheoryData<string> AbsurdFileNames => [.. AbsurdFiles.Keys];

    public static IReadOnlyList<string> HostileIds { get; } =
    [
        "unknown-0000", "PIA-2099-9999", "nobody@example.org", "..", "../..", "%2e%2e", "%2E%2E%2F%2E%2E", "..%2F..%2Fhealth", "a%2Fb", "%2F", "..%5C..%5Cx",
        "%00", "%0D%0ASet-Cookie:%20x=1", "%25", "%C0%AE%C0%AE", "%FF%FE", "'%20or%20''='", "PartitionKey%20ge%20''", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%E2%80%AE", new string('x', 2000), ".", "...", "~", "%20",
    ];

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task EveryBadBodyGetsA4xxAndChangesNothing(string route)
    {
        var target = HttpRoute.All.First(r => r.ToString() == route);
        var client = target.IsPublic ? site.CreateClient() : await site.ClientAsync(target.Member);
        var path = target.Path(SeededId) + (target.Template == "api/inbound/sendgrid" ? $"?key={InboundKey}" : "");
        var before = await StorageSnapshot.TakeAsync(site.StorageConnectionString);

        foreach (var (name, content) in BadBodies)
        {
            // Expect: 100-continue lets the server refuse an oversized body before the client has sent it all.
            using var request = new HttpRequestMessage(new HttpMethod(target.Method), Raw(path)) { Content = content(), Headers = { ExpectContinue = true } };
            await AssertRefusedAsync(client, request, $"{route} with {name}");
        }

        await AssertUnchangedAsync(before);
        output.WriteLine($"{route}: {BadBodies.Count} hostile inputs tried");
    }

    [Theory]
    [MemberData(nameof(TypeMismatches))]
    public async Task AValueOfTheWrongTypeGetsA4xxAndChangesNothing(string route, string json)
    {
        var target = HttpRoute.All.First(r => r.ToString() == route);
        var client = await site.ClientAsync(target.Member);
        var before = await StorageSnapshot.TakeAsync(site.StorageConnectionString);

        using var request = new HttpRequestMessage(new HttpMethod(target.Method), Raw(target.Path(SeededId))) { Content = Json(json) };
        await AssertRefusedAsync(client, request, $"{route} with {json}");

        await AssertUnchangedAsync(before);
    }

    [Theory]
    [MemberData(nameof(AbsurdFileNames))]
    public async Task AnAbsurdContactFileIsRefusedOrRejectedRowByRowAndChangesNothing(string name)
    {
        var (file, expected) = AbsurdFiles[name];
        var client = await site.ClientAsync(TestSettings.Spokesperson);
        var before = await StorageSnapshot.TakeAsync(site.StorageConnectionString);

        using var content = Bytes("text/csv", file);
        using var response = await client.PostAsync(new Uri("/api/contacts/import", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} {Shorten(body)}");
        if (expected == "400")
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {Shorten(body)}");
        }
        else if (expected is not null)
        {
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {Shorten(body)}");
            Assert.Contains(expected == "rejected" ? "\"outcome\":\"rejected\"" : $"\"reasonCode\":\"{expected}\"", body, StringComparison.Ordinal);
        }

        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task EveryFormulaPrefixIsNeutralisedInTheExportAndTakenOffOnImport()
    {
        var client = await site.ClientAsync(TestSettings.Spokesperson);
        string[] formulas = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"];
        var rows = formulas.Select((f, i) => $"formula{i}@hostile-csv.example.fr;\"{f}\";\"{f}\";\"{f}\";\"{f}\";\"{f}\"");
        using (var import = Bytes("text/csv", Utf8("email;first_name;last_name;outlet;city;notes\n" + string.Join('\n', rows) + "\n")))
        using (var imported = await client.PostAsync(new Uri("/api/contacts/import?commit=true", UriKind.Relative), import))
        {
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }

        var export = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/api/contacts/export?q=hostile-csv", UriKind.Relative)));
        foreach (var formula in formulas)
        {
            Assert.DoesNotContain($";{formula}", export, StringComparison.Ordinal);
            Assert.DoesNotContain($";\"{formula}", export, StringComparison.Ordinal);
        }

        using var again = Bytes("text/csv", System.Text.Encoding.UTF8.GetBytes(export));
        using var reread = await client.PostAsync(new Uri("/api/contacts/import", UriKind.Relative), again);
        var report = await reread.Content.ReadAsStringAsync();
        Assert.Contains($"\"unchanged\":{formulas.Length}", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(IdRoutes))]
    public async Task EveryUnknownOrPathLikeIdGetsA4xxAndChangesNothing(string route)
    {
        var target = HttpRoute.All.First(r => r.ToString() == route);
        var client = target.IsPublic ? site.CreateClient() : await site.ClientAsync(target.Member);
        var before = await StorageSnapshot.TakeAsync(site.StorageConnectionString);

        var tried = 0;
        foreach (var id in HostileIds.Where(id => !(AnyAddress.Contains(route) && id.EndsWith("@example.org", StringComparison.Ordinal))))
        {
            foreach (var number in new[] { "1", "0", "99999999999" })
            {
                if (number != "1" && !target.Template.Contains(":int}", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = target.Path(_ => id, number);
                using var request = Request(target.Method, path, target.TakesBody);
                if (WithoutDotSegments(path) is { } normalized)
                {
                    // The server resolves "a/../b" to "b" before routing, as RFC 3986 says: the id never reaches a function.
                    using var plain = Request(target.Method, normalized, target.TakesBody);
                    await AssertAnsweredAlikeAsync(client, request, plain, $"{route} as {id}");
                }
                else
                {
                    await AssertRefusedAsync(client, request, $"{route} as {Shorten(id)}/{number}");
                }

                tried++;
            }
        }

        await AssertUnchangedAsync(before);
        output.WriteLine($"{route}: {tried} hostile inputs tried");
    }

    [Fact]
    public void TheSuiteCoversEveryRouteThatTakesABodyOrAnId()
    {
        Assert.NotEmpty(BodyRoutes);
        Assert.Contains("POST /api/inbound/sendgrid", BodyRoutes);
        Assert.Contains("POST /api/contacts/import", BodyRoutes);
        Assert.All(NoBody, r => Assert.Contains(HttpRoute.All, a => a.ToString() == r));
        var withId = HttpRoute.All.Count(r => r.HasId);
        Assert.True(withId >= 30, $"{withId} routes with an id");
    }

    private string SeededId(string parameter) => parameter switch
    {
        "email" => HostileSite.ContactEmail,
        "reference" => site.InquiryReference,
        "key" => site.InboundKey,
        "blob" => site.OutboxBlob,
        "id" => site.StatementId,
        _ => throw new ArgumentException($"No seeded value for {{{parameter}}}.", nameof(parameter)),
    };

    private HttpRequestMessage Request(string method, string path, bool body) =>
        new(new HttpMethod(method), Raw(path)) { Content = body ? Json("{}") : null };

    /// <summary>The path with its dot segments (<c>.</c>, <c>..</c>, <c>%2e%2e</c>) resolved, or null when it has none.</summary>
    private static string? WithoutDotSegments(string path)
    {
        var segments = path.Split('/');
        if (!segments.Any(s => s.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase) is "." or ".."))
        {
            return null;
        }

        var kept = new List<string>();
        foreach (var segment in segments.Skip(1).Select(s => s.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase)))
        {
            if (segment == "..")
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }
            }
            else if (segment != ".")
            {
                kept.Add(segment);
            }
        }

        return "/" + string.Join('/', kept);
    }

    private static async Task AssertAnsweredAlikeAsync(HttpClient client, HttpRequestMessage hostile, HttpRequestMessage plain, string what)
    {
        using var expected = await client.SendAsync(plain);
        using var actual = await client.SendAsync(hostile);
        Assert.True((int)actual.StatusCode < 500, $"{what}: {(int)actual.StatusCode}");
        Assert.True(expected.StatusCode == actual.StatusCode, $"{what}: {(int)actual.StatusCode}, but {plain.RequestUri!.AbsolutePath} answers {(int)expected.StatusCode}");
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpRequestMessage request, string what)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{what}: {status} {Shorten(body)}");
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            Assert.Contains("\"error\"", body, StringComparison.Ordinal);
        }
    }

    private async Task AssertUnchangedAsync(StorageSnapshot before)
    {
        var after = await StorageSnapshot.TakeAsync(site.StorageConnectionString);
        var changes = after.Changes(before);
        Assert.True(changes.Count == 0, "Storage changed:\n" + string.Join('\n', changes));
    }

    private Uri Raw(string pathAndQuery) =>
        new(site.BaseAddress.GetLeftPart(UriPartial.Authority) + pathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(string contentType, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

    /// <summary>A body sent chunked, without Content-Length, so only reading it can find it too large.</summary>
    private sealed class UnannouncedLength : HttpContent
    {
        private readonly byte[] bytes;

        public UnannouncedLength(byte[] bytes, string contentType)
        {
            this.bytes = bytes;
            Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
