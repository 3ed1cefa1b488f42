using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>Mail reaching the press inbox as SendGrid Inbound Parse posts it in raw mode, with the webhook's shared secret.</summary>
public static class InboundPost
{
    // The webhook's queue (InboundWebhook.QueueName); the processor drains it.
    public const string Queue = "inbound";

    public static async Task PostAsync(LocalHostFixture site, IAPIRequestContext api, string eml, string from, string sender)
    {
        var secret = site.Services.GetRequiredService<IConfiguration>()["Inbound:Secret"]
            ?? throw new InvalidOperationException("Inbound:Secret is not set in the test settings: the webhook cannot be called.");
        var form = api.CreateFormData();
        form.Set("email", eml);
        form.Set("to", "Pause IA Presse <presse@pauseia.fr>");
        form.Set("from", from);
        form.Set("envelope", JsonSerializer.Serialize(new { to = new[] { "presse@pauseia.fr" }, from = sender }));
        form.Set("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8"}""");
        form.Set("SPF", "pass");
        form.Set("dkim", $"{{@{sender.Split('@')[1]} : pass}}");
        form.Set("spam_score", "0.1");
        var response = await api.PostAsync($"/api/inbound/sendgrid?key={Uri.EscapeDataString(secret)}", new() { Multipart = form });
        Assert.True(response.Ok, $"{response.Status} {await response.TextAsync()}");
    }
}
