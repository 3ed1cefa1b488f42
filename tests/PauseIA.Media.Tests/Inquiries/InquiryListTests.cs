using PauseIA.Media.Common;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Api;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>The lists an inquiry is in (<see cref="InquiryKeys"/>): pages in the inbox's order, moved with the head.</summary>
public sealed class InquiryListTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task PagesFollowTheInboxOrderWithoutRepeatsOrGaps()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var journalist = $"pages-{Guid.NewGuid():N}@liste.fr";
        var now = harness.Services.Time.GetUtcNow();
        var seeded = new List<Inquiry>();
        for (var i = 0; i < 7; i++)
        {
            harness.Services.Time.Advance(TimeSpan.FromMinutes(1));
            seeded.Add(await InquirySeeds.SeedAsync(harness, q => q with
            {
                Journalist = new(journalist, null),
                Deadline = i % 3 == 0 ? null : new(now.AddHours(10 - i), "bientôt", "Europe/Paris"),
            }));
        }

        var pages = new List<InquiryPage>();
        string? continuation = null;
        do
        {
            var page = await harness.Store.PageAsync([InquiryKeys.Journalist(journalist)], _ => true, 3, continuation);
            pages.Add(page);
            continuation = page.Continuation;
        }
        while (continuation is not null && pages.Count < 5);

        var expected = seeded.OrderBy(i => i.Deadline is null).ThenBy(i => i.Deadline?.Utc).ThenByDescending(i => i.ReceivedAt).Select(i => i.Reference);
        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(i => i.Reference));
    }

    [Fact]
    public async Task AChangeMovesTheInquiryBetweenListsAndAStaleOneMovesNothing()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var read = await InquirySeeds.SeedAsync(harness, i => i with { Assignee = TestSettings.LyonLead, City = "Lyon", Urgent = true });
        async Task<bool> InAsync(string list) =>
            (await harness.Store.PageAsync([list], i => i.Reference == read.Reference, 500)).Items.Any();

        Assert.Equal(SaveOutcome.Saved, await harness.Store.SaveAsync(read.Close(harness.Services.Time.GetUtcNow()), [], []));
        Assert.Equal(SaveOutcome.Stale, await harness.Store.SaveAsync(read.AssignTo(TestSettings.ToulouseLead), [], []));

        Assert.False(await InAsync(InquiryKeys.Status(InquiryStatus.New)));
        Assert.True(await InAsync(InquiryKeys.Status(InquiryStatus.Closed)));
        Assert.False(await InAsync(InquiryKeys.Half(InquiryKeys.Assignee(TestSettings.LyonLead), closed: false)));
        Assert.True(await InAsync(InquiryKeys.Half(InquiryKeys.Assignee(TestSettings.LyonLead), closed: true)));
        Assert.True(await InAsync(InquiryKeys.Half(InquiryKeys.City("lyon"), closed: true)));
        Assert.True(await InAsync(InquiryKeys.Half(InquiryKeys.Urgent, closed: true)));
        Assert.False(await InAsync(InquiryKeys.Half(InquiryKeys.Assignee(TestSettings.ToulouseLead), closed: false)));
        Assert.Equal(InquiryStatus.Closed, (await harness.Store.PageAsync([InquiryKeys.Journalist(read.Journalist.Email)], _ => true, 5)).Items.Single().Status);
    }

    [Fact]
    public async Task ARedeliveredChangeIsADuplicateAndLeavesOneRowPerList()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var read = await InquirySeeds.SeedAsync(harness);
        var reply = new InquiryMessage { Id = "reply-once", Direction = MessageDirection.Inbound, Kind = InquiryMessageKind.JournalistReply, From = read.Journalist, Subject = "Re", At = read.ReceivedAt };
        var changed = read.AssignTo(TestSettings.PressOfficer);

        Assert.Equal(SaveOutcome.Saved, await harness.Store.SaveAsync(changed, [reply], []));
        var again = (await harness.Store.FindAsync(read.Reference))!.AssignTo(TestSettings.PressOfficer);
        Assert.Equal(SaveOutcome.Duplicate, await harness.Store.SaveAsync(again, [reply], []));

        var listed = await harness.Store.PageAsync([InquiryKeys.Half(InquiryKeys.Everyone, closed: false)], i => i.Reference == read.Reference, 500);
        Assert.Equal(InquiryStatus.Assigned, Assert.Single(listed.Items).Status);
    }

    [Theory]
    [InlineData("bm90IGEga2V5")]
    [InlineData("%%%")]
    public async Task AContinuationThatIsNotOursIs400(string token)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var refused = await Assert.ThrowsAsync<DomainException>(() => harness.Store.PageAsync([InquiryKeys.Everyone], _ => true, 10, token));

        Assert.Equal(DomainErrorKind.BadRequest, refused.Kind);
    }
}
