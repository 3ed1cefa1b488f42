using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Security;

/// <summary>
/// A local lead sees the inquiries and contacts of their city and nothing of another's, over HTTP:
/// neither in the lists nor by asking for one by its reference or address. The spokesperson sees both,
/// so an empty list cannot pass for a scoped one.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class LocalLeadScopeTests(LocalHostFixture host)
{
    [Fact]
    public async Task ALocalLeadSeesOnlyTheirCitysInquiriesAndContacts()
    {
        var tag = $"s{Guid.NewGuid():N}"[..10];
        var lyonJournalist = $"jmahe.{tag}@leprogres.fr";
        var toulouseJournalist = $"cvidal.{tag}@ladepeche.fr";
        using var spokesperson = await host.SignInAsync(TestSettings.Spokesperson);
        using var lyon = await host.SignInAsync(TestSettings.LyonLead);
        using var toulouse = await host.SignInAsync(TestSettings.ToulouseLead);
        await PostInquiryAsync(lyonJournalist, "Julien Mahé", tag, "Bonjour, une question pour notre édition lyonnaise.");
        await PostInquiryAsync(toulouseJournalist, "Claire Vidal", tag, "Bonjour, une question pour notre édition toulousaine.");
        await host.WaitForQueueToDrainAsync(InboundWebhook.QueueName);
        var lyonInquiry = await ReferenceAsync(spokesperson, lyonJournalist);
        var toulouseInquiry = await ReferenceAsync(spokesperson, toulouseJournalist);

        Assert.Equal([lyonInquiry], await InquiriesAsync(lyon, tag));
        Assert.Equal([toulouseInquiry], await InquiriesAsync(toulouse, tag));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(lyon, $"/api/inquiries/{lyonInquiry}"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(lyon, $"/api/inquiries/{toulouseInquiry}"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(toulouse, $"/api/inquiries/{lyonInquiry}"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(lyon, $"/api/inquiries/{toulouseInquiry}/notes", "{\"text\":\"vu\"}"));

        Assert.Equal([lyonJournalist], await ContactsAsync(lyon, tag));
        Assert.Equal([toulouseJournalist], await ContactsAsync(toulouse, tag));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(lyon, $"/api/contacts/{Uri.EscapeDataString(lyonJournalist)}"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(lyon, $"/api/contacts/{Uri.EscapeDataString(toulouseJournalist)}"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(lyon, $"/api/contacts/{Uri.EscapeDataString(toulouseJournalist)}/timeline"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(toulouse, $"/api/contacts/{Uri.EscapeDataString(lyonJournalist)}"));

        Assert.Equal(new[] { lyonInquiry, toulouseInquiry }.Order(StringComparer.Ordinal), (await InquiriesAsync(spokesperson, tag)).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { lyonJournalist, toulouseJournalist }.Order(StringComparer.Ordinal), (await ContactsAsync(spokesperson, tag)).Order(StringComparer.Ordinal));
    }

    /// <summary>An email as SendGrid Inbound Parse posts it in raw mode, from an outlet whose city the outlet map knows.</summary>
    private async Task PostInquiryAsync(string from, string name, string tag, string text)
    {
        var domain = from.Split('@')[1];
        var eml = string.Join("\r\n",
            $"From: {name} <{from}>",
            "To: Pause IA Presse <presse@pauseia.fr>",
            $"Subject: Demande d'interview {tag}",
            $"Date: {DateTimeOffset.UtcNow:R}",
            $"Message-ID: <{Guid.NewGuid():N}@{domain}>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            text,
            "",
            name,
            "");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(eml, Encoding.UTF8), "email" },
            { new StringContent("Pause IA Presse <presse@pauseia.fr>"), "to" },
            { new StringContent($"{name} <{from}>"), "from" },
            { new StringContent(JsonSerializer.Serialize(new { to = new[] { "presse@pauseia.fr" }, from })), "envelope" },
            { new StringContent("""{"to":"UTF-8","from":"UTF-8","subject":"UTF-8"}"""), "charsets" },
            { new StringContent("pass"), "SPF" },
            { new StringContent($"{{@{domain} : pass}}"), "dkim" },
            { new StringContent("0.1"), "spam_score" },
        };
        var secret = host.Services.GetRequiredService<IOptions<InboundOptions>>().Value.Secret;
        using var client = host.CreateClient();
        using var response = await client.PostAsync(new Uri($"/api/inbound/sendgrid?key={Uri.EscapeDataString(secret)}", UriKind.Relative), form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ReferenceAsync(HttpClient client, string journalist)
    {
        var inquiries = await client.GetFromJsonAsync<JsonElement>("/api/inquiries");
        return inquiries.EnumerateArray().Single(i => i.GetProperty("from").GetProperty("email").GetString() == journalist).GetProperty("reference").GetString()!;
    }

    private static async Task<IReadOnlyList<string>> InquiriesAsync(HttpClient client, string tag) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/inquiries")).EnumerateArray()
            .Where(i => i.GetProperty("subject").GetString()!.Contains(tag, StringComparison.Ordinal))
            .Select(i => i.GetProperty("reference").GetString()!)];

    private static async Task<IReadOnlyList<string>> ContactsAsync(HttpClient client, string tag) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/contacts?q={tag}")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("email").GetString()!)];

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string? jsonBody = null)
    {
        using var response = jsonBody is null
            ? await client.GetAsync(new Uri(path, UriKind.Relative))
            : await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(jsonBody, Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }
}
