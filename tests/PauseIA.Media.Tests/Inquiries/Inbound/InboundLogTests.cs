using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Inbound;

/// <summary>The log's keys: a record is a point read, a list page a range read, and erasure leaves nothing.</summary>
public sealed class InboundLogTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task FindingARecordIsOnePointRead()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var log = services.Get<InboundLog>();
        var record = Record(InboundKind.Bulk, "lettre@news.fr", services.Time.GetUtcNow());
        Assert.True(await log.TryAddAsync(record));
        Assert.False(await log.TryAddAsync(record));
        services.Requests.Reset();

        var found = await log.FindAsync(record.Key);

        Assert.Equal(record.Subject, found!.Subject);
        Assert.Equal($"GET devstoreaccount1/inbound(PartitionKey='inbound',RowKey='m%7C{record.Key}')", Assert.Single(services.Requests.Requests));
    }

    [Fact]
    public async Task PagesAreNewestFirstAndOtherMailLeavesInquiriesOut()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var log = services.Get<InboundLog>();
        var start = services.Time.GetUtcNow();
        var records = new List<InboundRecord>();
        foreach (var kind in new[] { InboundKind.AutoReply, InboundKind.Inquiry, InboundKind.Bounce, InboundKind.AutoReply, InboundKind.Inquiry })
        {
            var record = Record(kind, $"{kind}-{records.Count}@pages.fr", start.AddMinutes(records.Count));
            Assert.True(kind == InboundKind.Inquiry ? await log.TryClaimAsync(record with { Reference = "PIA-2026-0001" }, null, null) : await log.TryAddAsync(record));
            records.Add(record);
        }

        var newestFirst = records.AsEnumerable().Reverse().Select(r => r.Key).ToList();
        var first = await log.ListAsync(null, 2);
        var second = await log.ListAsync(null, 2, first.Continuation);
        var other = await log.ListAsync(InboundLog.OtherList, 10);
        var autoReplies = await log.ListAsync(InboundLog.KindList(InboundKind.AutoReply), 10);

        Assert.Equal(newestFirst.Take(4), first.Records.Concat(second.Records).Select(r => r.Key));
        Assert.Equal(newestFirst.Where(k => records.Single(r => r.Key == k).Kind != InboundKind.Inquiry), other.Records.Select(r => r.Key));
        Assert.Equal([records[3].Key, records[0].Key], autoReplies.Records.Select(r => r.Key));
        Assert.Null(other.Continuation);
    }

    [Fact]
    public async Task ErasureDeletesEveryRowOfTheRecordAndRepeatingItIsHarmless()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var log = services.Get<InboundLog>();
        var record = Record(InboundKind.Inquiry, "efface@erase.fr", services.Time.GetUtcNow()) with { Reference = "PIA-2026-0002" };
        Assert.True(await log.TryClaimAsync(record, null, services.Time.GetUtcNow(), "statement-1"));

        await log.DeleteAsync(record);
        await log.DeleteAsync(record);

        var state = await log.ReadAsync(record.Sender, record.Key, "statement-1");
        Assert.Null(await log.FindAsync(record.Key));
        Assert.Equal(new SenderState(null, null, null), state);
        Assert.Empty(await log.ListFromAsync("efface@erase.fr"));
        Assert.DoesNotContain((await log.ListAsync(null, 500)).Records, r => r.Key == record.Key);
    }

    private static InboundRecord Record(InboundKind kind, string from, DateTimeOffset at) => new()
    {
        Key = Guid.NewGuid().ToString("N"),
        Sender = from,
        Kind = kind,
        Reason = "test",
        FromEmail = from,
        Subject = $"{kind} de {from}",
        ReceivedAt = at,
    };
}
