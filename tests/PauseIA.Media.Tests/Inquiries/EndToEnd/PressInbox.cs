using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.EndToEnd;

/// <summary>
/// The press inbox of a running LocalHost, used as SendGrid and the team would: emails go in by
/// one of the <see cref="Delivery"/> ways, and everything is read back through the HTTP API.
/// </summary>
public sealed class PressInbox(LocalHostFixture site) : IAsyncDisposable
{
    // The webhook's queue (InboundWebhook.QueueName), drained by the processor.
    private const string InboundQueue = "inbound";
    private const string Secret = "local-dev-secret";

    private HttpClient? spokesperson;
    private HttpClient? admin;

    /// <summary>Delivers <paramref name="eml"/>, waits until it is processed, and answers its inbound record.</summary>
    /// <param name="envelopeFrom">The SMTP envelope sender; "" for a bounce's null sender; by default the message's Return-Path or From.</param>
    public async Task<JsonElement> DeliverAsync(byte[] eml, Delivery delivery, string? envelopeFrom = null)
    {
        var messageId = await SendAsync(eml, delivery, envelopeFrom);
        return await InboundRecordAsync(messageId);
    }

    /// <summary>Delivers <paramref name="eml"/> and waits until it is processed; answers its Message-ID.</summary>
    public async Task<string> SendAsync(byte[] eml, Delivery delivery, string? envelopeFrom = null)
    {
        var message = MimeMessage.Load(new MemoryStream(eml));
        var options = new InboundPosts.Options(EnvelopeFrom: envelopeFrom);
        switch (delivery)
        {
            case Delivery.Raw:
                await PostAsync(InboundPosts.Raw(eml, options));
                break;
            case Delivery.Parsed:
                await PostAsync(InboundPosts.Parsed(eml, options));
                break;
            default:
                await SendBySmtpAsync(message, envelopeFrom ?? message.Headers[HeaderId.ReturnPath]?.Trim('<', '>', ' ') ?? message.From.Mailboxes.First().Address);
                break;
        }

        await site.WaitForQueueToDrainAsync(InboundQueue);
        return message.MessageId ?? throw new ArgumentException("The email has no Message-ID to find it by.", nameof(eml));
    }

    /// <summary>Posts to the webhook as SendGrid does, and answers its status.</summary>
    public async Task<HttpResponseMessage> PostAsync(InboundPosts.Post post)
    {
        using var anonymous = site.CreateClient();
        using var content = new ByteArrayContent(post.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(post.ContentType);
        var response = await anonymous.PostAsync(new Uri($"/api/inbound/sendgrid?key={Secret}", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public Task WaitUntilProcessedAsync() => site.WaitForQueueToDrainAsync(InboundQueue, TimeSpan.FromSeconds(90));

    /// <summary>The inbound record of <paramref name="messageId"/>, looked for in every page of <c>GET /api/inbound</c>.</summary>
    public async Task<JsonElement> InboundRecordAsync(string messageId)
    {
        var client = await SpokespersonAsync();
        string? continuation = null;
        do
        {
            var path = "/api/inbound" + (continuation is null ? "" : $"?continuation={Uri.EscapeDataString(continuation)}");
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
            var found = JsonDocument.Parse(body).RootElement.EnumerateArray()
                .SingleOrDefault(r => r.TryGetProperty("messageId", out var id) && id.GetString()?.Trim('<', '>') == messageId);
            if (found.ValueKind == JsonValueKind.Object)
            {
                return found.Clone();
            }

            continuation = response.Headers.TryGetValues("X-Continuation", out var next) ? next.First() : null;
        }
        while (continuation is not null);

        throw new Xunit.Sdk.XunitException($"No inbound record for <{messageId}>.");
    }

    public async Task<JsonElement> InquiryAsync(string reference) => await GetAsync(await SpokespersonAsync(), $"/api/inquiries/{reference}");

    /// <summary>What the outbox holds of <paramref name="kind"/> (a <c>MailKind</c>), for one inquiry or statement or for all.</summary>
    public async Task<IReadOnlyList<JsonElement>> SentAsync(string kind, string? relatedId = null) =>
        [.. (await GetAsync(await AdminAsync(), $"/api/outbox?kind={kind}" + (relatedId is null ? "" : $"&relatedId={Uri.EscapeDataString(relatedId)}"))).EnumerateArray()];

    public async Task<JsonElement> ContactAsync(string email) => await GetAsync(await SpokespersonAsync(), $"/api/contacts/{Uri.EscapeDataString(email)}");

    public async Task CreateContactAsync(string email, string firstName, string lastName)
    {
        using var response = await (await SpokespersonAsync()).PostAsync(
            new Uri("/api/contacts", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { email, firstName, lastName, outlet = "Exemple Média", mediaType = "web" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static string Header(JsonElement outboxEntry, string name) =>
        outboxEntry.GetProperty("headers").EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new Xunit.Sdk.XunitException($"No {name} header in {outboxEntry}");

    public static IReadOnlyList<string?> To(JsonElement outboxEntry) => [.. outboxEntry.GetProperty("to").EnumerateArray().Select(t => t.GetString())];

    public async ValueTask DisposeAsync()
    {
        spokesperson?.Dispose();
        admin?.Dispose();
        await Task.CompletedTask;
    }

    private async Task SendBySmtpAsync(MimeMessage message, string envelopeFrom)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", site.Host.SmtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(message, new MailboxAddress("", envelopeFrom), [new MailboxAddress("", "presse@pauseia.fr")]);
        await smtp.DisconnectAsync(quit: true);
    }

    private async Task<HttpClient> SpokespersonAsync() => spokesperson ??= await site.SignInAsync(TestSettings.Spokesperson);

    private async Task<HttpClient> AdminAsync() => admin ??= await site.SignInAsync(TestSettings.Admin);

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
