using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Email;

public sealed class OutboxApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task AMailSentThroughMailSendsShowsInTheOutboxApi()
    {
        var reference = $"PIA-2026-{Random.Shared.Next(1000, 9999)}-{Guid.NewGuid():N}";
        var sent = await host.Services.GetRequiredService<MailSends>().SendAsync(new OutgoingMail(
            MailKind.Acknowledgement, reference, [new MailAddress("claire.fontaine@lequotidien-national.example", "Claire Fontaine")],
            $"Re: Demande d'interview [{reference}]", "Bonjour,\nNous avons bien reçu votre demande.")
        {
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
        }, host.Services.GetRequiredService<MailSender>().NewMessageId());
        using var admin = await host.SignInAsync(TestSettings.Admin);

        var entries = await admin.GetFromJsonAsync<JsonElement>($"/api/outbox?relatedId={reference}");
        var entry = Assert.Single(entries.EnumerateArray());
        var eml = await admin.GetStringAsync(new Uri($"/api/outbox/{entry.GetProperty("emlBlobs")[0].GetString()}", UriKind.Relative));

        Assert.Equal("Acknowledgement", entry.GetProperty("kind").GetString());
        Assert.Equal(reference, entry.GetProperty("relatedId").GetString());
        Assert.Equal(["claire.fontaine@lequotidien-national.example"], entry.GetProperty("to").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal($"Re: Demande d'interview [{reference}]", entry.GetProperty("subject").GetString());
        Assert.Equal("auto-replied", Header(entry, "Auto-Submitted"));
        Assert.Equal($"<{sent.MessageId}>", Header(entry, "Message-ID"));
        Assert.Contains("bien reçu", MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml))).TextBody, StringComparison.Ordinal);
    }

    // The API's JSON camel-cases dictionary keys, so header names are compared without case.
    private static string? Header(JsonElement entry, string name) =>
        entry.GetProperty("headers").EnumerateObject().Single(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value.GetString();
}
