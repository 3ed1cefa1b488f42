using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryPersonalDataTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Pseudonym = "erased-0123456789abcdef@erased.invalid";

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

        var changed = await harness.Services.Get<InquiryPersonalData>().EraseAsync("paul@erase.fr", Pseudonym);

        Assert.Equal(2, changed);
        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(Pseudonym, thread.Inquiry.Journalist.Email);
        Assert.Null(thread.Inquiry.Journalist.Name);
        Assert.DoesNotContain(thread.Messages, m => m.Text.Contains("06 00", StringComparison.Ordinal) || m.Text.Contains("Paul", StringComparison.Ordinal));
        Assert.DoesNotContain(thread.Events, e => e.Text.Contains("paul@erase.fr", StringComparison.Ordinal));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Erased);
        Assert.Null(await harness.Services.Get<InboundArchive>().ReadAsync(key));
        Assert.Empty(await harness.Services.Get<InboundLog>().ListFromAsync("paul@erase.fr"));
        Assert.Empty((await harness.Services.Get<InquiryPersonalData>().ExportPersonalDataAsync("paul@erase.fr")).Inquiries);
    }

    [Fact]
    public async Task AnErasureRunTwiceChangesNothingTheSecondTime()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        await harness.ProcessAsync(TestMail.Eml("Rose <rose@twice.fr>", "Question", "Texte", "twice1@twice.fr"));
        var data = harness.Services.Get<InquiryPersonalData>();

        Assert.Equal(2, await data.EraseAsync("rose@twice.fr", Pseudonym));
        Assert.Equal(0, await data.EraseAsync("rose@twice.fr", Pseudonym));
    }

    [Fact]
    public async Task TheContactsAccessExportAndErasureReachTheInquiries()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Inès Martin <ines@gdpr.fr>", "Demande", "Pourriez-vous me rappeler ?", "gdpr1@gdpr.fr"));
        var member = harness.Services.Get<PauseIA.Media.Identity.TeamDirectory>().Find(TestSettings.Spokesperson)!;

        var export = await harness.Services.Get<PersonalDataExporter>().ExportAsync(member, "ines@gdpr.fr");
        var inquiries = export.Sources["inquiries"]!;
        Assert.Equal(reference, inquiries["inquiries"]![0]!["inquiry"]!["reference"]!.GetValue<string>());
        Assert.Contains("Pourriez-vous me rappeler", inquiries.ToJsonString(), StringComparison.Ordinal);

        var report = await harness.Services.Get<ContactEraser>().EraseAsync(member, "ines@gdpr.fr", "Demande de la personne");

        Assert.Equal(2, report.Sources["inquiries"]);
        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.StartsWith("erased-", thread.Inquiry.Journalist.Email, StringComparison.Ordinal);
        Assert.DoesNotContain(thread.Messages, m => m.Text.Contains("rappeler", StringComparison.Ordinal));
        Assert.Null((await harness.Services.Get<PersonalDataExporter>().ExportAsync(member, "ines@gdpr.fr")).Sources["inquiries"]);
    }
}
