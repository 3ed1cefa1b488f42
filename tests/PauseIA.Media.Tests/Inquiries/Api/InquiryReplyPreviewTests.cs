using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Api;

/// <summary>The reply preview is the mail the reply would send, under the reply's own checks, and sends nothing.</summary>
public sealed class InquiryReplyPreviewTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Markdown = "Bonjour,\n\nNous pouvons vous rappeler **gras** demain. <script>alert(1)</script>";

    [Fact]
    public async Task ThePreviewRendersTheMarkdownAsTheSendWouldAndSendsNothing()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);

        var result = await PreviewAsync(harness, TestSettings.Spokesperson, inquiry.Reference.ToLowerInvariant(), new ReplyToInquiry(Markdown));

        var preview = result.Value<ReplyPreviewView>();
        Assert.Equal($"Re: {inquiry.Subject} [{inquiry.Reference}]", preview.Subject);
        Assert.Contains("<strong>gras</strong>", preview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", preview.Html, StringComparison.OrdinalIgnoreCase);
        // Raw HTML in the Markdown shows as text, inert, as it does in the mail.
        Assert.Contains("&lt;script&gt;", preview.Html, StringComparison.Ordinal);
        Assert.Contains("gras", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", preview.Text, StringComparison.Ordinal);
        Assert.Empty(await harness.SentAsync(inquiry.Reference));
        var after = (await harness.Store.FindThreadAsync(inquiry.Reference))!;
        Assert.Equal(inquiry.Version, after.Inquiry.Version);
        Assert.Single(after.Messages);
    }

    [Fact]
    public async Task ThePreviewShowsThePrivacyNoticeTheFirstReplyWillCarryWithoutMarkingItSent()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);
        harness.Contacts.Add(new PauseIA.Media.Contacts.ContactSummary(inquiry.Journalist.Email, null, null, null, null, null, "fr", null, false, false, false, PrivacyNoticeDue: true));

        var preview = (await PreviewAsync(harness, TestSettings.Spokesperson, inquiry.Reference, new ReplyToInquiry("Bonjour."))).Value<ReplyPreviewView>();

        Assert.Contains("https://pauseia.fr/confidentialite", preview.Text, StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", preview.Html, StringComparison.Ordinal);
        Assert.Empty(harness.Contacts.PrivacyNoticesSent);
    }

    [Fact]
    public async Task TheReplyThenSendsExactlyWhatWasPreviewed()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);
        var preview = (await PreviewAsync(harness, TestSettings.Spokesperson, inquiry.Reference, new ReplyToInquiry(Markdown))).Value<ReplyPreviewView>();

        var reply = await harness.Services.CallAsync<InquiryCommandFunctions>(TestSettings.Spokesperson, (f, r) => f.Reply(r, inquiry.Reference), new ReplyToInquiry(Markdown));

        Assert.Equal(200, reply.Status);
        var sent = Assert.Single(await harness.SentAsync(inquiry.Reference, "inquiryReply"));
        Assert.Equal(preview.Subject, sent.Subject);
        var mail = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(sent.EmlBlobs[0]))));
        Assert.Equal(preview.Html.ReplaceLineEndings("\n").Trim(), mail.HtmlBody!.ReplaceLineEndings("\n").Trim());
        Assert.Equal(preview.Text.ReplaceLineEndings("\n").Trim(), mail.TextBody!.ReplaceLineEndings("\n").Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task AnEmptyReplyIs400(string markdown)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);

        var result = await PreviewAsync(harness, TestSettings.Spokesperson, inquiry.Reference, new ReplyToInquiry(markdown));

        Assert.Equal(400, result.Status);
    }

    [Fact]
    public async Task ATooLongReplyIs400LikeTheSend()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);

        var result = await PreviewAsync(harness, TestSettings.Spokesperson, inquiry.Reference, new ReplyToInquiry(new string('a', InquiryReplyComposer.MaxMarkdownChars + 1)));

        Assert.Equal(400, result.Status);
    }

    [Fact]
    public async Task ALocalLeadPreviewsOnlyTheirCitysInquiries()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var lyon = await InquirySeeds.SeedAsync(harness, i => i with { City = "Lyon", Assignee = TestSettings.LyonLead });

        var stranger = await PreviewAsync(harness, TestSettings.ToulouseLead, lyon.Reference, new ReplyToInquiry(Markdown));
        var own = await PreviewAsync(harness, TestSettings.LyonLead, lyon.Reference, new ReplyToInquiry(Markdown));
        var unknown = await PreviewAsync(harness, TestSettings.PressOfficer, "PIA-2099-0000", new ReplyToInquiry(Markdown));

        Assert.Equal(403, stranger.Status);
        Assert.Equal(200, own.Status);
        Assert.Equal(404, unknown.Status);
        Assert.Empty(await harness.SentAsync(lyon.Reference));
    }

    private static Task<FunctionResponse> PreviewAsync(InquiryHarness harness, string who, string reference, ReplyToInquiry body) =>
        harness.Services.CallAsync<InquiryReplyPreviewFunction>(who, (f, r) => f.Preview(r, reference), body);
}
