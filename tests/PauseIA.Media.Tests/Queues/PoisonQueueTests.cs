using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.EndToEnd;

namespace PauseIA.Media.Tests.Queues;

/// <summary>
/// An email whose processing fails every time ends in the poison queue with its error, where an Admin
/// sees it, and, once the cause is gone, requeues it and it is processed. Through LocalHost, which moves
/// messages to <c>&lt;queue&gt;-poison</c> as the Functions host does (here after 3 tries, without waiting).
/// </summary>
public sealed class PoisonQueueTests(PoisonQueueTests.FastPoisonHost site) : IClassFixture<PoisonQueueTests.FastPoisonHost>, IAsyncDisposable
{
    private const string PoisonQueue = InboundWebhook.QueueName + "-poison";

    private readonly PressInbox inbox = new(site);

    [Fact]
    public async Task AnEmailThatFailsEveryTimeIsShownWithItsErrorAndProcessedOnceRequeued()
    {
        var tag = $"p{Guid.NewGuid():N}"[..10];
        using var admin = await site.SignInAsync(TestSettings.Admin);
        var tables = site.Services.GetRequiredService<TableServiceClient>();

        // The cause: the inquiries table is gone, so every try of the processor fails.
        await tables.DeleteTableAsync(InquiryStore.Name);
        string key;
        try
        {
            using var posted = await inbox.PostAsync(InboundPosts.Raw(Email(tag)));
            key = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            await site.WaitForQueueToDrainAsync(InboundWebhook.QueueName);
        }
        finally
        {
            await tables.CreateTableIfNotExistsAsync(InquiryStore.Name);
        }

        var poisoned = await PoisonMessageAsync(admin, key);
        var failure = poisoned.GetProperty("lastFailure");
        Assert.Contains("does not exist", failure.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, failure.GetProperty("dequeueCount").GetInt64());
        Assert.True(poisoned.GetProperty("readable").GetBoolean());
        Assert.DoesNotContain(await InquirySubjectsAsync(), s => s.Contains(tag, StringComparison.Ordinal));

        using var requeue = await admin.PostAsync(new Uri($"/api/poison/inbound/{poisoned.GetProperty("id").GetString()}/requeue", UriKind.Relative), null);
        var decision = await requeue.Content.ReadFromJsonAsync<JsonElement>();
        await site.WaitForQueueToDrainAsync(InboundWebhook.QueueName);

        Assert.Equal(HttpStatusCode.OK, requeue.StatusCode);
        Assert.Equal("requeued", decision.GetProperty("action").GetString());
        Assert.Equal(TestSettings.Admin, decision.GetProperty("actor").GetString());
        Assert.Contains("does not exist", decision.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(await InquirySubjectsAsync(), s => s.Contains(tag, StringComparison.Ordinal));
        var report = await admin.GetFromJsonAsync<JsonElement>("/api/poison");
        Assert.DoesNotContain(Messages(report), m => m.GetProperty("body").GetString()!.Contains(key, StringComparison.Ordinal));
        Assert.Contains(report.GetProperty("recent").EnumerateArray(), e => e.GetProperty("id").GetString() == decision.GetProperty("id").GetString());
    }

    [Fact]
    public async Task AMessageThatIsNotBase64IsShownAsWrittenAndCanBeDiscardedWithAnAuditLine()
    {
        var text = $"%% pas du base64 {Guid.NewGuid():N} %%";
        using var admin = await site.SignInAsync(TestSettings.Admin);
        await new QueueClient(site.StorageConnectionString, InboundWebhook.QueueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None })
            .SendMessageAsync(text);
        await site.WaitForQueueToDrainAsync(InboundWebhook.QueueName);

        var poisoned = await PoisonMessageAsync(admin, text);
        using var discard = await admin.DeleteAsync(new Uri($"/api/poison/inbound/{poisoned.GetProperty("id").GetString()}", UriKind.Relative));
        using var again = await admin.DeleteAsync(new Uri($"/api/poison/inbound/{poisoned.GetProperty("id").GetString()}", UriKind.Relative));
        var report = await admin.GetFromJsonAsync<JsonElement>("/api/poison");

        Assert.Equal(text, poisoned.GetProperty("body").GetString());
        Assert.False(poisoned.GetProperty("readable").GetBoolean());
        Assert.False(poisoned.TryGetProperty("lastFailure", out _));
        Assert.Equal(HttpStatusCode.OK, discard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain(Messages(report), m => m.GetProperty("body").GetString() == text);
        Assert.Contains(report.GetProperty("recent").EnumerateArray(), e => e.GetProperty("action").GetString() == "discarded" && e.GetProperty("body").GetString() == text);
    }

    [Theory]
    [InlineData("post", "/api/poison/inconnue/4f1c2a52-8d5e-4d3b-9a47-2f2f0f6f0a11/requeue", HttpStatusCode.NotFound)]
    [InlineData("post", "/api/poison/inbound/4f1c2a52-8d5e-4d3b-9a47-2f2f0f6f0a11/requeue", HttpStatusCode.NotFound)]
    [InlineData("post", "/api/poison/inbound/..%2f..%2fetc/requeue", HttpStatusCode.BadRequest)]
    [InlineData("delete", "/api/poison/inbound/pas-un-identifiant", HttpStatusCode.BadRequest)]
    public async Task AnUnknownQueueOrMessageIsRefusedAndChangesNothing(string method, string path, HttpStatusCode expected)
    {
        using var admin = await site.SignInAsync(TestSettings.Admin);
        var before = await admin.GetStringAsync(new Uri("/api/poison", UriKind.Relative));

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await admin.GetStringAsync(new Uri("/api/poison", UriKind.Relative)));
    }

    public async ValueTask DisposeAsync() => await inbox.DisposeAsync();

    private static IEnumerable<JsonElement> Messages(JsonElement report) =>
        report.GetProperty("queues").EnumerateArray().SelectMany(q => q.GetProperty("messages").EnumerateArray());

    /// <summary>The one poison message of the inbound queue whose body holds <paramref name="text"/>, waiting for LocalHost to move it.</summary>
    private static async Task<JsonElement> PoisonMessageAsync(HttpClient admin, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var report = await admin.GetFromJsonAsync<JsonElement>("/api/poison");
            var inbound = report.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queue").GetString() == InboundWebhook.QueueName);
            Assert.Equal(PoisonQueue, inbound.GetProperty("poisonQueue").GetString());
            var found = inbound.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("body").GetString()!.Contains(text, StringComparison.Ordinal)).ToList();
            if (found.Count > 0)
            {
                return Assert.Single(found);
            }

            Assert.True(DateTime.UtcNow < deadline, $"No poison message holds {text}: {report}");
            await Task.Delay(200);
        }
    }

    private async Task<IReadOnlyList<string>> InquirySubjectsAsync()
    {
        using var spokesperson = await site.SignInAsync(TestSettings.Spokesperson);
        return [.. (await spokesperson.GetFromJsonAsync<JsonElement>("/api/inquiries")).EnumerateArray().Select(i => i.GetProperty("subject").GetString()!)];
    }

    private static byte[] Email(string tag) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        $"From: Claire Dubois <claire.dubois.{tag}@lemonde.fr>",
        "To: Pause IA Presse <presse@pauseia.fr>",
        $"Subject: Demande d'entretien {tag}",
        $"Date: {DateTimeOffset.UtcNow:R}",
        $"Message-ID: <{tag}@lemonde.fr>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Bonjour, pourriez-vous nous accorder un entretien cette semaine ?",
        "",
        "Claire Dubois, Le Monde",
        ""));

    /// <summary>LocalHost moving a failing message to its poison queue after 3 tries, each at once after the last.</summary>
    public sealed class FastPoisonHost() : LocalHostFixture(new LocalHostFixtureOptions
    {
        Settings = new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        },
    });
}
