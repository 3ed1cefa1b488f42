using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
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

    [Fact]
    public async Task AnErasureOutlastsEditsMadeWhileItRuns()
    {
        var edits = new ConcurrentInquiryEdits(azurite.ConnectionString);
        await using var harness = await InquiryHarness.CreateAsync(azurite, configure: edits.Install);
        var reference = await harness.ProcessAsync(TestMail.Eml("Léon <leon@busy.fr>", "Question", "Mon numéro : 06 11 11 11 11", "busy1@busy.fr"));
        edits.Contend(reference!, times: 7);

        var report = await harness.Services.Get<ContactEraser>().EraseAsync(Spokesperson(harness), "leon@busy.fr", null);

        Assert.Equal(7, edits.Edits);
        Assert.Equal(2, report.Sources["inquiries"]);
        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.StartsWith("erased-", thread.Inquiry.Journalist.Email, StringComparison.Ordinal);
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Erased);
    }

    [Fact]
    public async Task AnErasureThatKeepsLosingToEditsFailsVisiblyAndFinishesWhenRunAgain()
    {
        var edits = new ConcurrentInquiryEdits(azurite.ConnectionString);
        await using var harness = await InquiryHarness.CreateAsync(azurite, configure: edits.Install);
        var reference = await harness.ProcessAsync(TestMail.Eml("Zoé <zoe@contended.fr>", "Question", "Mon numéro : 06 22 22 22 22", "contended1@contended.fr"));
        var eraser = harness.Services.Get<ContactEraser>();
        edits.Contend(reference!, times: int.MaxValue);

        var failure = await Assert.ThrowsAsync<DomainException>(() => eraser.EraseAsync(Spokesperson(harness), "zoe@contended.fr", "Demande écrite"));

        Assert.Equal(DomainErrorKind.Conflict, failure.Kind);
        Assert.Contains(reference!, failure.Message, StringComparison.Ordinal);
        var audit = await harness.Services.Get<ContactAuditLog>().ListAboutAsync("zoe@contended.fr");
        var incomplete = Assert.Single(audit, e => e.Action == ContactAuditAction.ErasureIncomplete);
        Assert.Contains("inquiries", incomplete.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(audit, e => e.Action == ContactAuditAction.Erased);
        Assert.Equal(SuppressionReason.Erased, (await harness.Services.Get<SuppressionList>().FindAsync("zoe@contended.fr"))!.Reason);
        var export = await harness.Services.Get<PersonalDataExporter>().ExportAsync(Spokesperson(harness), "zoe@contended.fr");
        Assert.Contains(export.AuditRecords, e => e.Action == ContactAuditAction.ErasureIncomplete);

        edits.Contend(reference!, times: 0);
        var report = await eraser.EraseAsync(Spokesperson(harness), "zoe@contended.fr", "Demande écrite");

        Assert.Equal(2, report.Sources["inquiries"]);
        Assert.StartsWith("erased-", (await harness.Store.FindAsync(reference!))!.Journalist.Email, StringComparison.Ordinal);
        Assert.Contains(await harness.Services.Get<ContactAuditLog>().ListAboutAsync("zoe@contended.fr"), e => e.Action == ContactAuditAction.Erased);
    }

    [Fact]
    public async Task ARetentionPurgeThatStopsInTheInquiriesKeepsTheContactFailsTheRunAndIsFinishedNextTime()
    {
        var edits = new ConcurrentInquiryEdits(azurite.ConnectionString);
        await using var harness = await InquiryHarness.CreateAsync(azurite, realContacts: true, configure: edits.Install);
        var reference = await harness.ProcessAsync(TestMail.Eml("Max <max@forgotten.fr>", "Question", "Mon numéro : 06 33 33 33 33", "forgotten1@forgotten.fr"));
        var retention = harness.Services.Get<ContactRetention>();
        harness.Services.Time.Advance(TimeSpan.FromDays(1096));
        Assert.Equal(new RetentionReport(1, 0), await retention.RunAsync());
        harness.Services.Time.Advance(TimeSpan.FromDays(31));
        edits.Contend(reference!, times: int.MaxValue);

        await Assert.ThrowsAsync<InvalidOperationException>(() => retention.RunAsync());

        Assert.NotNull(await harness.Services.Get<ContactStore>().FindAsync("max@forgotten.fr"));
        Assert.Contains(await harness.Services.Get<ContactAuditLog>().ListAboutAsync("max@forgotten.fr"), e => e.Action == ContactAuditAction.ErasureIncomplete && e.Actor == ContactAuditLog.System);

        edits.Contend(reference!, times: 0);
        Assert.Equal(new RetentionReport(0, 1), await retention.RunAsync());

        Assert.Null(await harness.Services.Get<ContactStore>().FindAsync("max@forgotten.fr"));
        Assert.StartsWith("erased-", (await harness.Store.FindAsync(reference!))!.Journalist.Email, StringComparison.Ordinal);
    }

    private static PauseIA.Media.Identity.TeamMember Spokesperson(InquiryHarness harness) =>
        harness.Services.Get<PauseIA.Media.Identity.TeamDirectory>().Find(TestSettings.Spokesperson)!;
}
