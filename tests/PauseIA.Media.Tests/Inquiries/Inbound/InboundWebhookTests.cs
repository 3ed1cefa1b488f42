using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Inbound;

public sealed class InboundWebhookTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(InquiryHarness.Secret + "x")]
    public async Task WithoutTheRightKeyThePostIs401AndNothingIsKept(string? key)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var before = await StateAsync(harness);

        var result = await harness.PostAsync(InboundPosts.Raw(Samples.Unique(Samples.NationalDeadline, $"k{key?.Length}")), key);

        Assert.Equal(401, result.Status);
        Assert.Equal(before, await StateAsync(harness));
    }

    public static TheoryData<string, string, string> BadPosts => new()
    {
        { "application/json", "{\"email\":\"x\"}", "multipart/form-data" },
        { "multipart/form-data", "--x\r\n", "délimiteur" },
        { "multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nclaire@lemonde.fr", "illisible" },
        { "multipart/form-data; boundary=abc", "--abc--\r\n", "vide" },
        { "multipart/form-data; boundary=abc", "--abc\r\nContent-Type: text/plain\r\n\r\nx\r\n--abc--\r\n", "form-data" },
        { "multipart/form-data; boundary=abc", "", "vide" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task AMalformedBodyIs400WithAMessageAndNothingIsKept(string contentType, string body, string expected)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var before = await StateAsync(harness);

        var result = await harness.PostAsync(new InboundPosts.Post(Encoding.UTF8.GetBytes(body), contentType));

        Assert.Equal(400, result.Status);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await StateAsync(harness));
    }

    public static TheoryData<string[], string> MissingOrBadFields => new()
    {
        { ["headers", "From: a@b.fr\r\nSubject: x", "subject", "x"], "from" },
        { ["from", "a@b.fr", "text", "Bonjour"], "headers" },
        { ["headers", "From: a@b.fr", "from", "a@b.fr", "envelope", "{not json"], "envelope" },
        { ["headers", "From: a@b.fr", "from", "a@b.fr", "charsets", "[1,2"], "charsets" },
        { ["email", "From: a@b.fr\r\n\r\nx", "attachment-info", "nope"], "attachment-info" },
    };

    [Theory]
    [MemberData(nameof(MissingOrBadFields))]
    public async Task AMissingOrMalformedFieldIs400NamingItAndNothingIsKept(string[] fields, string named)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var before = await StateAsync(harness);

        var result = await harness.PostAsync(InboundPosts.Form(fields.Chunk(2).Select(f => (f[0], f[1]))));

        Assert.Equal(400, result.Status);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(harness));
    }

    [Fact]
    public async Task ABodyAnnouncedLargerThanTheLimitIs413AndNothingIsKept()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var before = await StateAsync(harness);
        var post = InboundPosts.Raw(Samples.Unique(Samples.NationalDeadline, "announced-large"));

        var result = await harness.PostAsync(post, configure: r => r.ContentLength = (32L * 1024 * 1024) + 1);

        Assert.Equal(413, result.Status);
        Assert.Equal(before, await StateAsync(harness));
    }

    [Fact]
    public async Task ABodyLargerThanTheLimitWithoutALengthIs413AndNothingIsKept()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, new Dictionary<string, string?> { ["Inbound:MaxBodyBytes"] = "65536" });
        var before = await StateAsync(harness);
        var eml = Samples.Eml($"From: a@example.org\nMessage-ID: <big@example.org>\nSubject: big\n\n{new string('x', 100_000)}\n");
        var post = InboundPosts.Raw(eml);

        var result = await harness.PostAsync(post, configure: r => r.ContentLength = null);

        Assert.Equal(413, result.Status);
        Assert.Equal(before, await StateAsync(harness));
    }

    [Fact]
    public async Task AThirtyMegabyteEmailIsArchivedWholeBeforeTheAnswer()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var attachment = Convert.ToBase64String(new byte[21_000_000], Base64FormattingOptions.InsertLineBreaks);
        var eml = Samples.Eml($"From: Claire <claire@example.org>\nTo: presse@pauseia.fr\nMessage-ID: <thirty@example.org>\nSubject: rushes\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nLes rushes.\n--b\nContent-Type: video/mp4\nContent-Disposition: attachment; filename=rushes.mp4\nContent-Transfer-Encoding: base64\n\n{attachment}\n--b--\n");
        Assert.InRange(eml.Length, 28_000_000, 30_000_000);
        var post = InboundPosts.Raw(eml);

        var key = await harness.ReceiveAsync(post);

        var archived = await harness.Services.Get<InboundArchive>().ReadAsync(key);
        Assert.Equal(post.Body, archived!.Body);
        Assert.Equal(post.ContentType, archived.ContentType);
    }

    [Fact]
    public async Task ASecondDeliveryOfTheSameEmailIsArchivedOnceQueuedAgainAndProcessedOnce()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.DrainAsync();
        var eml = Samples.Unique(Samples.NationalDeadline, "twice");
        var before = await StateAsync(harness);

        var first = await harness.PostAsync(InboundPosts.Raw(eml));
        var second = await harness.PostAsync(InboundPosts.Parsed(eml));

        // Queued again: the archive proves only that the first post was archived, not that it was queued (StorageOutageTests).
        Assert.Equal(200, first.Status);
        Assert.Equal(200, second.Status);
        Assert.Equal(before with { Blobs = before.Blobs + 1, Queued = before.Queued + 2 }, await StateAsync(harness));
        Assert.True((bool)second.Json!["duplicate"]!);
        Assert.Equal(2, await harness.DrainAsync());
        var reference = await harness.ReferenceOfAsync((string)first.Json!["key"]!, eml);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
    }

    [Fact]
    public async Task ARetryLongAfterTheFirstDeliveryIsQueuedAgainButProcessedOnce()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.DrainAsync();
        var eml = Samples.Unique(Samples.International, "late-retry");
        var key = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        harness.Services.Time.Advance(TimeSpan.FromMinutes(10));

        await harness.ReceiveAsync(InboundPosts.Raw(eml));
        var processed = await harness.DrainAsync();

        var reference = await harness.ReferenceOfAsync(key, eml);
        Assert.Equal(2, processed);
        Assert.NotNull(reference);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Single((await harness.Store.FindThreadAsync(reference!))!.Messages, m => m.Direction == PauseIA.Media.Inquiries.MessageDirection.Inbound);
    }

    private sealed record State(int Blobs, int Queued);

    private static async Task<State> StateAsync(InquiryHarness harness)
    {
        var blobs = 0;
        await foreach (var _ in harness.Services.GetKeyed<BlobContainerClient>(InboundArchive.Name).GetBlobsAsync())
        {
            blobs++;
        }

        var queue = await harness.Services.GetKeyed<QueueClient>(InboundWebhook.QueueName).GetPropertiesAsync();
        return new State(blobs, queue.Value.ApproximateMessagesCount);
    }
}
