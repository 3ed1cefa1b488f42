using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// The properties through the real HTTP path, with a bounded number of cases so they stay fast:
/// no inbound post and no import file gets a 5xx, every post accepted is processed into a record
/// the team can open (none poisoned), and a valid contact row reads back unchanged after an
/// export and a new import, formulas neutralised in the file between.
/// </summary>
public sealed class HttpPropertyTests(LocalHostFixture site, ITestOutputHelper output) : IClassFixture<LocalHostFixture>
{
    private const string Secret = "local-dev-secret";

    [Fact]
    public async Task NoInboundPostGetsA5xxAndEveryAcceptedOneIsProcessed()
    {
        var accepted = new List<string>();
        using var anonymous = site.CreateClient();
        await PropertyRun.CheckAsync(
            Gen.Select(HostileMime.Email, Gen.Int[0, 9], Gen.Guid),
            async c =>
            {
                var (eml, shape, id) = c;
                using var content = Post(eml, shape, id);
                using var response = await anonymous.PostAsync(new Uri($"/api/inbound/sendgrid?key={Secret}", UriKind.Relative), content);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {body}");
                if (response.IsSuccessStatusCode)
                {
                    lock (accepted)
                    {
                        accepted.Add(JsonDocument.Parse(body).RootElement.GetProperty("key").GetString()!);
                    }
                }
            },
            60,
            output);

        await site.WaitForQueueToDrainAsync("inbound", TimeSpan.FromSeconds(120));
        await PoisonQueue.AssertEmptyAsync(site.StorageConnectionString);
        using var spokesperson = await site.SignInAsync(TestSettings.Spokesperson);
        foreach (var key in accepted.Distinct())
        {
            using var record = await spokesperson.GetAsync(new Uri($"/api/inbound/{key}", UriKind.Relative));
            Assert.True(record.IsSuccessStatusCode, $"inbound {key}: {(int)record.StatusCode} {await record.Content.ReadAsStringAsync()}");
        }

        output.WriteLine($"{accepted.Count} posts accepted and processed");
    }

    [Fact]
    public async Task NoImportFileGetsA5xxAndADryRunChangesNothing()
    {
        using var spokesperson = await site.SignInAsync(TestSettings.Spokesperson);
        var before = await StorageSnapshot.TakeAsync(site.StorageConnectionString);
        await PropertyRun.CheckAsync(
            Gen.Select(HostileCsv.File, Gen.OneOf("text/csv", "text/plain; charset=windows-1252", "application/octet-stream", "multipart")),
            async c =>
            {
                var (bytes, type) = c;
                using HttpContent content = type == "multipart" ? Upload(bytes) : Bytes(bytes, type);
                using var response = await spokesperson.PostAsync(new Uri("/api/contacts/import", UriKind.Relative), content);
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            },
            80,
            output);

        var changes = (await StorageSnapshot.TakeAsync(site.StorageConnectionString)).Changes(before);
        Assert.True(changes.Count == 0, "A dry run changed storage:\n" + string.Join('\n', changes));
    }

    [Fact]
    public async Task AnImportedRowReadsBackEqualAfterExportAndImportWithFormulasNeutralised()
    {
        using var spokesperson = await site.SignInAsync(TestSettings.Spokesperson);
        var roundTrips = 0;
        // Free text where the list takes free text; the fields it checks (phone, beats) get values it accepts.
        var text = Gen.OneOf(Gen.OneOf(HostileCsv.FormulaCells), Gen.OneOf("Dupont", "Le Monde", "Lyon", "« Libé »", "a;b", "a,b", "a\"b", "ligne\nsuite", "  espaces  ", "é\u0301", "🙂"), HostileText.Text.Where(t => !t.Contains('\0', StringComparison.Ordinal)));
        var phone = Gen.OneOf("", "+33 6 12 34 56 78", "06 12 34 56 78", "+44 20 7946 0958");
        var beat = Gen.OneOf("", "ia", "=ia", "+tech", "@politique", "-santé", "éthique");
        await PropertyRun.CheckAsync(
            Gen.Select(text.Array[5], beat, phone, Gen.Select(Gen.OneOf("print", "tv", "radio", "web", ""), Gen.OneOf("fr", "en", ""), Gen.Guid)),
            async c =>
            {
                var (names, beats, telephone, (mediaType, language, id)) = c;
                string[] values = [.. names, beats, telephone];
                var tag = $"r{id:N}"[..12];
                var header = "email;first_name;last_name;outlet;city;notes;beats;phone;media_type;language";
                var row = string.Join(';', new[] { $"{tag}@example.fr", values[0], values[1], values[2], values[3], values[4], values[5], values[6], mediaType, language }.Select(Quote));
                var first = await ImportAsync(spokesperson, Encoding.UTF8.GetBytes(header + "\n" + row + "\n"), commit: true, refusable: true);
                if (first?.GetProperty("toCreate").GetInt32() is not 1)
                {
                    // Refused as a file (a NUL is not text) or as a row (a bad phone): nothing was imported to read back.
                    return;
                }

                var export = await spokesperson.GetByteArrayAsync(new Uri($"/api/contacts/export?q={tag}", UriKind.Relative));
                foreach (var cell in Cells(export).Skip(1).SelectMany(r => r))
                {
                    Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"The export leaves a formula: {JsonSerializer.Serialize(cell)}");
                }

                var again = (await ImportAsync(spokesperson, export, commit: false))!.Value;
                Assert.True(again.GetProperty("rowsRead").GetInt32() == 1 && again.GetProperty("unchanged").GetInt32() == 1, $"Row {JsonSerializer.Serialize(row)} read back as {again}");
                Interlocked.Increment(ref roundTrips);
            },
            30,
            output);

        // Rows the validator refuses (a bad phone, a name too long) prove nothing here: most must pass it.
        Assert.True(roundTrips >= 10, $"Only {roundTrips} generated rows were valid.");
        output.WriteLine($"{roundTrips} rows imported, exported and read back unchanged");
    }

    private static async Task<JsonElement?> ImportAsync(HttpClient client, byte[] file, bool commit, bool refusable = false)
    {
        using var content = Bytes(file, "text/csv");
        using var response = await client.PostAsync(new Uri($"/api/contacts/import?commit={commit}", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (refusable && (int)response.StatusCode is >= 400 and < 500)
        {
            return null;
        }

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The export's cells as a spreadsheet reads them (RFC 4180, <c>;</c>).</summary>
    private static List<List<string>> Cells(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(ch);
            }
        }

        return rows;
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static MultipartFormDataContent Post(byte[] eml, int shape, Guid id)
    {
        var content = new MultipartFormDataContent($"b{id:N}");
        void Field(string name, byte[] value) => content.Add(new ByteArrayContent(value), name);
        if (shape < 7)
        {
            Field("email", eml);
        }
        else
        {
            // Parsed mode: the same bytes cut into SendGrid's fields.
            var half = eml.Length / 2;
            Field("headers", eml[..half]);
            Field("text", eml[half..]);
            Field("from", shape == 8 ? eml[..Math.Min(eml.Length, 60)] : Encoding.UTF8.GetBytes($"x{id:N}@example.org"));
            Field("subject", eml[..Math.Min(eml.Length, 30)]);
        }

        Field("envelope", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { to = new[] { "presse@pauseia.fr" }, from = $"x{id:N}@example.org" })));
        Field("charsets", shape == 9 ? "{\"text\":\"utf-7\",\"subject\":\"x-unknown\"}"u8.ToArray() : "{\"subject\":\"UTF-8\",\"from\":\"UTF-8\"}"u8.ToArray());
        Field("SPF", "pass"u8.ToArray());
        return content;
    }

    private static ByteArrayContent Bytes(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", "contacts.csv");
        return content;
    }
}
