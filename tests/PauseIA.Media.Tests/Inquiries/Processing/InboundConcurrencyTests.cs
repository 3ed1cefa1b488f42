using Azure.Storage.Queues;
using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Queues;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

public sealed class InboundConcurrencyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task FiftyConcurrentPostsWithAFifthRepeatedGiveOneInquiryPerEmailAndOneAcknowledgementEach()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, now: new DateTimeOffset(2040, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var emails = Enumerable.Range(1, 40)
            .Select(i => TestMail.Eml($"Journaliste {i} <journaliste{i}@media{i % 7}.fr>", $"Demande {i}", $"Question {i}", $"concurrent-{i}@media.fr"))
            .ToList();
        var posts = emails.Select((eml, i) => i % 2 == 0 ? InboundPosts.Raw(eml) : InboundPosts.Parsed(eml))
            .Concat(emails.Take(10).Select(eml => InboundPosts.Raw(eml)))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        var answers = await Task.WhenAll(posts.Select(p => harness.PostAsync(p)));
        await ProcessConcurrentlyTwiceAsync(harness);

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        var keys = answers.Select(a => (string)a.Json!["key"]!).Distinct().ToList();
        Assert.Equal(40, keys.Count);
        var references = new List<string>();
        foreach (var eml in emails)
        {
            references.Add((await harness.ReferenceOfAsync(InboundKeyOf(eml), eml))!);
        }

        Assert.Equal(40, references.Distinct().Count());
        Assert.All(references, r => Assert.StartsWith("PIA-2040-", r, StringComparison.Ordinal));
        foreach (var reference in references)
        {
            Assert.Single(await harness.SentAsync(reference, "acknowledgement"));
            Assert.Single((await harness.Store.FindThreadAsync(reference))!.Messages, m => m.Direction == MessageDirection.Inbound);
        }
    }

    /// <summary>Every queued email processed twice at once, as two workers would after a redelivery.</summary>
    private static async Task ProcessConcurrentlyTwiceAsync(InquiryHarness harness)
    {
        var queue = harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName);
        var function = new InboundQueueFunction(harness.Services.Get<InboundProcessor>(), harness.Services.Get<QueueFailureLog>());
        var texts = new List<string>();
        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                texts.Add(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        Assert.InRange(texts.Count, 40, 50);
        await Task.WhenAll(texts.Concat(texts).OrderBy(_ => Random.Shared.Next()).Select(t => Task.Run(() => function.Run(t, 1))));
    }

    private static string InboundKeyOf(byte[] eml)
    {
        var post = InboundPosts.Raw(eml);
        return InboundKey.For(InboundFormReader.ReadAsync(post.Body, post.ContentType).GetAwaiter().GetResult());
    }
}
