using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Inquiries;

/// <summary>
/// A mail whose outcome is unknown (issue 9, defect 4) is shown on its inquiry as possibly sent, never
/// as unsent, and a person decides on it from there or from the "mail to check" page.
/// </summary>
public sealed class MailToCheckTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnUnknownAcknowledgementIsShownOnItsInquiryAndDecidedOnByTheSpokesperson()
    {
        var tag = $"u{Guid.NewGuid():N}"[..10];
        var ledger = site.Services.GetRequiredService<MailSendLedger>();

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            // An inquiry whose acknowledgement we then make a send of unknown outcome, as a timeout would.
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var sender = $"claire@{tag}.example.fr";
            await InboundPost.PostAsync(site, admin.Api, string.Join("\r\n", $"From: Claire <{sender}>", "To: presse@pauseia.fr", $"Subject: Question {tag}", $"Message-ID: <{tag}@{tag}.example.fr>", "", "Bonjour, une question.", ""), $"Claire <{sender}>", sender);
            await site.WaitForQueueToDrainAsync(InboundPost.Queue);
            var inquiries = System.Text.Json.JsonDocument.Parse(await (await admin.Api.GetAsync("/api/inquiries")).TextAsync()).RootElement;
            var reference = inquiries.EnumerateArray().Single(i => i.GetProperty("subject").GetString()!.Contains(tag, StringComparison.Ordinal)).GetProperty("reference").GetString()!;
            var now = DateTimeOffset.UtcNow;
            MailSend Unknown(string id, string relatedId) => new()
            {
                Id = id, RelatedId = relatedId, Kind = MailKind.Acknowledgement, To = [sender], Subject = $"Re: Question {tag} [{relatedId}]",
                MessageId = $"{id}@media.pauseia.fr", State = MailSendState.Unknown, Error = "Réponse de SendGrid inconnue / SendGrid's answer is unknown: timeout", Attempts = 1, CreatedAt = now, UpdatedAt = now,
            };
            await ledger.AddAsync(Unknown($"{tag}a", reference), "{}");
            await ledger.AddAsync(Unknown($"{tag}b", "stmt-none"), "{}");

            var lead = (await scenario.SignInAsync(TestSettings.LyonLead, "/#/inquiries")).Page;
            await Expect(lead.GetByTestId("nav-mail-sends")).ToHaveCountAsync(0);

            var page = (await scenario.SignInAsync(TestSettings.Spokesperson, "/#/mail-sends")).Page;
            var rows = page.GetByTestId("send-row").Filter(new() { HasText = tag });
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.First).ToContainTextAsync("Issue inconnue");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("rien n’est parti");

            await rows.Filter(new() { HasText = "stmt-none" }).GetByTestId("send-mark-sent").ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);
            Assert.Equal((MailSendState.Sent, TestSettings.Spokesperson), await StateAsync(ledger, "stmt-none", $"{tag}b"));

            await rows.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await Expect(page.GetByTestId("inquiry-sends")).ToContainTextAsync("peut-être parti");
            page.Dialog += (_, dialog) => dialog.DismissAsync();
            await page.GetByTestId("inquiry-sends").GetByTestId("send-abandon").ClickAsync();
            await Expect(page.GetByTestId("inquiry-sends")).ToHaveCountAsync(0);
            Assert.Equal((MailSendState.Abandoned, TestSettings.Spokesperson), await StateAsync(ledger, reference, $"{tag}a"));
        });
    }

    private static async Task<(MailSendState, string?)> StateAsync(MailSendLedger ledger, string relatedId, string id) =>
        await ledger.FindAsync(relatedId, id, DateTimeOffset.UtcNow) is { } send ? (send.State, send.ResolvedBy) : throw new Xunit.Sdk.XunitException("The send is gone.");
}
