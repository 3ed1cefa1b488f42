using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Inbound;

public sealed class InboundRetentionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ArchivedEmailsOlderThanTheRetentionPeriodAreDeletedAndTheInquiryKeepsItsText()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, new Dictionary<string, string?> { ["Inbound:RetentionMonths"] = "24" });
        var oldEmail = Samples.Unique(Samples.International, "old");
        var oldKey = await harness.ReceiveAsync(InboundPosts.Raw(oldEmail));
        await harness.DrainAsync();
        harness.Services.Time.Advance(TimeSpan.FromDays(365));
        var recentKey = await harness.ReceiveAsync(InboundPosts.Raw(Samples.Unique(Samples.International, "recent")));
        await harness.DrainAsync();
        harness.Services.Time.Advance(TimeSpan.FromDays(367));

        var deleted = await harness.Services.Get<InboundRetention>().RunAsync();

        var archive = harness.Services.Get<InboundArchive>();
        Assert.Equal(1, deleted);
        Assert.Null(await archive.ReadAsync(oldKey));
        Assert.NotNull(await archive.ReadAsync(recentKey));
        var reference = await harness.ReferenceOfAsync(oldKey, oldEmail);
        Assert.Contains("POLITICO Europe", (await harness.Store.FindThreadAsync(reference!))!.Messages[0].Text, StringComparison.Ordinal);
    }
}
