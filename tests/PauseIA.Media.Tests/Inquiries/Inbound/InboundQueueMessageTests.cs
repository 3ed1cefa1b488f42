using System.Text.Json;
using Azure.Storage.Queues;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries.Inbound;

/// <summary>A small post travels in its queue message, exactly as archived; a large one is read back from the archive.</summary>
public sealed class InboundQueueMessageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ASmallPostIsQueuedAsArchivedAndProcessedWithoutReadingTheArchive()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var key = await harness.ReceiveAsync(InboundPosts.Raw(TestMail.Eml("Ana <ana@inline.fr>", "Interview", "Bonjour", "inline-1@inline.fr")));
        var queued = await PeekAsync(harness);
        var archived = await harness.Services.Get<InboundArchive>().ReadAsync(key);
        harness.Services.Requests.Reset();

        var reference = await harness.Services.Get<PauseIA.Media.Inquiries.Processing.InboundProcessor>().ProcessAsync(queued);

        Assert.Equal(archived!.Body, queued.Post);
        Assert.Equal(archived.ContentType, queued.ContentType);
        Assert.NotNull(reference);
        Assert.DoesNotContain(harness.Services.Requests.Requests, r => r.StartsWith($"GET devstoreaccount1/inbound/{key}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALargePostIsQueuedByKeyAndReadFromTheArchive()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var body = string.Join("\n", Enumerable.Repeat("Une question longue sur le traité international et ses modalités.", 800));
        var key = await harness.ReceiveAsync(InboundPosts.Raw(TestMail.Eml("Ben <ben@inline.fr>", "Dossier", body, "inline-2@inline.fr")));
        var queued = await PeekAsync(harness);
        harness.Services.Requests.Reset();

        var reference = await harness.Services.Get<PauseIA.Media.Inquiries.Processing.InboundProcessor>().ProcessAsync(queued);

        Assert.Null(queued.Post);
        Assert.NotNull(reference);
        Assert.Contains(harness.Services.Requests.Requests, r => r.StartsWith($"GET devstoreaccount1/inbound/{key}", StringComparison.Ordinal));
    }

    private static async Task<InboundQueueMessage> PeekAsync(InquiryHarness harness)
    {
        var queue = harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName);
        var message = (await queue.ReceiveMessageAsync()).Value;
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        return JsonSerializer.Deserialize<InboundQueueMessage>(message.MessageText, JsonDefaults.Options)!;
    }
}
