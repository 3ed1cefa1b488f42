using System.Net.Http.Json;
using System.Text.Json;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.EndToEnd;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// A LocalHost holding one of everything an id can name (a contact, a segment, a statement, an
/// inquiry and its inbound mail, an outbox message), so hostile requests reach the code behind the
/// lookup. The import's and the webhook's limits are lowered to JSON's (1 MiB), so an oversized body stays cheap to send.
/// </summary>
public sealed class HostileSite() : LocalHostFixture(new LocalHostFixtureOptions { Settings = new Dictionary<string, string?> { ["Contacts:ImportMaxBytes"] = MaxBodyBytes, ["Inbound:MaxBodyBytes"] = MaxBodyBytes } }), IAsyncLifetime
{
    /// <summary>The largest body any endpoint takes here: JSON's own limit, the import's and the webhook's, lowered to it.</summary>
    public const int BodyLimit = 1024 * 1024;

    private const string MaxBodyBytes = "1048576";

    public const string ContactEmail = "seed.contact@hostile.example.fr";

    public string SegmentId { get; private set; } = "";

    public string StatementId { get; private set; } = "";

    public string InquiryReference { get; private set; } = "";

    public string InboundKey { get; private set; } = "";

    public string OutboxBlob { get; private set; } = "";

    private readonly Dictionary<string, HttpClient> clients = [];

    /// <summary>A client signed in as <paramref name="email"/>, kept for the class.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        if (!clients.TryGetValue(email, out var client))
        {
            clients[email] = client = await SignInAsync(email);
        }

        return client;
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var spokesperson = await ClientAsync(TestSettings.Spokesperson);
        await Ok(await spokesperson.PostAsJsonAsync("/api/contacts", new { email = ContactEmail, firstName = "Semence", lastName = "Hostile", outlet = "Le Test", mediaType = "print", language = "fr" }));
        SegmentId = (await Ok(await spokesperson.PostAsJsonAsync("/api/contacts/segments", new { name = "Hostile", filter = new { text = "hostile" } }))).GetProperty("id").GetString()!;
        StatementId = (await Ok(await spokesperson.PostAsJsonAsync("/api/statements", new { markdown = "# Titre\n\nTexte.", title = "Semence", kind = "pressRelease", audience = new { segment = SegmentId } }))).GetProperty("id").GetString()!;

        await using var inbox = new PressInbox(this);
        var eml = "From: Claire Dubois <claire.dubois@lemonde.fr>\r\nTo: presse@pauseia.fr\r\nSubject: Demande d'interview\r\nDate: Tue, 24 Nov 2026 10:12:31 +0100\r\nMessage-ID: <seed@hostile.example.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, une question.\r\n"u8.ToArray();
        var record = await inbox.DeliverAsync(eml, Delivery.Raw);
        InquiryReference = record.GetProperty("reference").GetString()!;
        InboundKey = record.GetProperty("key").GetString()!;
        var admin = await ClientAsync(TestSettings.Admin);
        OutboxBlob = (await Ok(await admin.GetAsync("/api/outbox"))).EnumerateArray().First().GetProperty("payloadBlob").GetString()!;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await DisposeAsync();
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
