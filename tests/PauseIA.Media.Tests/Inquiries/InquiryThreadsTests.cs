using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryThreadsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheReplyContextThreadsOnTheJournalistsLastEmail()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire Dubois <claire+context@lemonde.fr>", "Votre position ?", "Bonjour", "ctx1@lemonde.fr"));
        harness.Services.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.ProcessAsync(TestMail.Eml("Claire Dubois <claire+context@lemonde.fr>", $"Re: Votre position ? [{reference}]", "Précision", "ctx2@lemonde.fr", "In-Reply-To: <ctx1@lemonde.fr>"));

        var context = await harness.Services.Get<IInquiryThreads>().GetReplyContextAsync(reference!.ToLowerInvariant());

        Assert.Equal(reference, context.Reference);
        Assert.Equal("claire+context@lemonde.fr", context.JournalistEmail);
        Assert.Equal("Claire Dubois", context.JournalistName);
        Assert.Equal("fr", context.Language);
        Assert.Equal($"Re: Votre position ? [{reference}]", context.Subject);
        Assert.Equal("ctx2@lemonde.fr", context.InReplyTo);
        Assert.Equal("ctx1@lemonde.fr", context.References[0]);
        Assert.Equal("ctx2@lemonde.fr", context.References[^1]);
    }

    [Fact]
    public async Task RecordingAStatementMarksTheInquiryAnsweredIndexesItOnceAndAnUnknownReferenceIs404()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+record@lemonde.fr>", "Communiqué ?", "Bonjour", "rec1@lemonde.fr"));
        var threads = harness.Services.Get<IInquiryThreads>();
        var sent = new OutgoingThreadMessage("stmt-9.r1@media.pauseia.fr", "statement", $"Re: Communiqué ? [{reference}]", "Notre communiqué.", TestSettings.Spokesperson, "stmt-9", harness.Services.Time.GetUtcNow());

        await threads.RecordOutgoingAsync(reference!, sent);
        await threads.RecordOutgoingAsync(reference!, sent);

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(InquiryStatus.Answered, thread.Inquiry.Status);
        var statement = Assert.Single(thread.Messages, m => m.Kind == InquiryMessageKind.Statement);
        Assert.Equal("stmt-9", statement.StatementId);
        Assert.Equal(reference, (await harness.Services.Get<MessageIdIndex>().FindAsync("stmt-9.r1@media.pauseia.fr"))!.RelatedId);
        var missing = await Assert.ThrowsAsync<DomainException>(() => threads.GetReplyContextAsync("PIA-1999-0001"));
        Assert.Equal(DomainErrorKind.NotFound, missing.Kind);
    }
}
