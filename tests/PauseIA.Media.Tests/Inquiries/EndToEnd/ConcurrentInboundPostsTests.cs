using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries.EndToEnd;

/// <summary>SendGrid retries and several recipients arrive at once: 200 posts over HTTP, a fifth of them repeats, against a running LocalHost.</summary>
public sealed class ConcurrentInboundPostsTests(LocalHostFixture site) : IClassFixture<LocalHostFixture>, IAsyncDisposable
{
    private readonly PressInbox inbox = new(site);

    [Fact]
    public async Task TwoHundredConcurrentPostsAFifthOfThemRepeatsGiveOneInquiryAndOneAcknowledgementPerEmail()
    {
        var tag = $"{Guid.NewGuid():N}"[..8];
        var emails = Enumerable.Range(1, 160)
            .Select(i => (Id: $"concurrent-{i}.{tag}@media{i % 7}.fr", Eml: TestMail.Eml($"Journaliste {i} <journaliste{i}.{tag}@media{i % 7}.fr>", $"Demande {i} {tag}", $"Question {i} pour le porte-parole.", $"concurrent-{i}.{tag}@media{i % 7}.fr")))
            .ToList();
        var posts = emails.Select((e, i) => i % 2 == 0 ? InboundPosts.Raw(e.Eml) : InboundPosts.Parsed(e.Eml))
            .Concat(emails.Take(40).Select((e, i) => i % 2 == 0 ? InboundPosts.Parsed(e.Eml) : InboundPosts.Raw(e.Eml)))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        Assert.Equal(200, posts.Count);

        var responses = await Task.WhenAll(posts.Select(inbox.PostAsync));
        await inbox.WaitUntilProcessedAsync();

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        var references = new List<string>();
        foreach (var (id, _) in emails)
        {
            var record = await inbox.InboundRecordAsync(id);
            Assert.Equal("inquiry", record.GetProperty("kind").GetString());
            references.Add(record.GetProperty("reference").GetString()!);
        }

        Assert.Equal(160, references.Distinct().Count());
        foreach (var reference in references)
        {
            Assert.Single(await inbox.SentAsync("Acknowledgement", reference));
            var inquiry = await inbox.InquiryAsync(reference);
            Assert.Single(inquiry.GetProperty("messages").EnumerateArray(), m => m.GetProperty("direction").GetString() == "inbound");
        }
    }

    public async ValueTask DisposeAsync() => await inbox.DisposeAsync();
}
