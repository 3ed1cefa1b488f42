using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryPersonalDataTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ExportHoldsEveryInquiryAndMailOfTheJournalist()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Jeanne <jeanne@export.fr>", "Question", "Ma question", "export1@export.fr"));
        await harness.ProcessAsync(TestMail.Eml("Jeanne <jeanne@export.fr>", "Absente", "Absente", "export2@export.fr", "Auto-Submitted: auto-replied"));

        var export = await harness.Services.Get<InquiryPersonalData>().ExportPersonalDataAsync("Jeanne@Export.fr");

        var thread = Assert.Single(export.Inquiries);
        Assert.Equal(reference, thread.Inquiry.Reference);
        Assert.Contains(thread.Messages, m => m.Text.Contains("Ma question", StringComparison.Ordinal));
        Assert.Equal(2, export.OtherMail.Count);
    }

    [Fact]
    public async Task ErasurePseudonymisesTheInquiriesAndDeletesTheRawMail()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = TestMail.Eml("Paul Secret <paul@erase.fr>", "Mon scoop", "Mon numéro : 06 00 00 00 00", "erase1@erase.fr");
        var key = await harness.ReceiveAsync(InboundPosts.Raw(eml));
        await harness.DrainAsync();
        var reference = await harness.ReferenceOfAsync(key, eml);

        await harness.Services.Get<InquiryPersonalData>().ErasePersonalDataAsync("paul@erase.fr");

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.EndsWith("@erased.invalid", thread.Inquiry.Journalist.Email, StringComparison.Ordinal);
        Assert.Null(thread.Inquiry.Journalist.Name);
        Assert.DoesNotContain(thread.Messages, m => m.Text.Contains("06 00", StringComparison.Ordinal) || m.Text.Contains("Paul", StringComparison.Ordinal));
        Assert.DoesNotContain(thread.Events, e => e.Text.Contains("paul@erase.fr", StringComparison.Ordinal));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Erased);
        Assert.Null(await harness.Services.Get<InboundArchive>().ReadAsync(key));
        Assert.Empty(await harness.Services.Get<InboundLog>().ListFromAsync("paul@erase.fr"));
        Assert.Empty((await harness.Services.Get<InquiryPersonalData>().ExportPersonalDataAsync("paul@erase.fr")).Inquiries);
    }
}
