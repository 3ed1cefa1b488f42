using System.Text.Json;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Inquiries;

/// <summary>An email arrives, the spokesperson finds it in the inbox and answers in its thread.</summary>
public sealed class InquiryReplyTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheSpokespersonAnswersAnInboundInquiryInItsThread()
    {
        var tag = $"q{Guid.NewGuid():N}"[..10];
        var messageId = $"{tag}.1@mail.{tag}.example.fr";
        var subject = $"Demande d'interview sur le moratoire {tag}";

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var sender = $"lucie.marchand@{tag}.example.fr";
            await InboundPost.PostAsync(site, admin.Api, Email(tag, messageId, subject), $"Lucie Marchand <{sender}>", sender);
            await site.WaitForQueueToDrainAsync(InboundPost.Queue);

            var page = (await scenario.SignInAsync(TestSettings.Spokesperson, "/#/inquiries")).Page;
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = tag });
            await Expect(row).ToContainTextAsync("Lucie Marchand");
            await row.GetByTestId("inquiry-link").ClickAsync();

            var reference = await page.GetByTestId("inquiry-reference").TextContentAsync() ?? "";
            Assert.Matches(@"^PIA-\d{4}-\d{4,}$", reference);
            await Expect(page.GetByTestId("routing")).Not.ToBeEmptyAsync();
            await Expect(page.GetByTestId("message").First).ToContainTextAsync("avant demain midi");

            await page.GetByTestId("reply-preview").ClickAsync();
            await Expect(page.Locator(".preview-area [data-testid=error]")).ToContainTextAsync("Réponse vide");

            await page.GetByTestId("reply-markdown").FillAsync("Bonjour,\n\nNotre porte-parole peut vous appeler **demain à 10 h**.\n\nBien cordialement,");
            await page.GetByTestId("reply-preview").ClickAsync();
            var preview = page.FrameLocator("[data-testid=reply-preview-frame]");
            await Expect(preview.Locator("strong")).ToHaveTextAsync("demain à 10 h");
            await Expect(preview.Locator("body")).Not.ToContainTextAsync("**");
            await Expect(page.GetByTestId("reply-preview-subject")).ToContainTextAsync($"[{reference}]");
            await page.GetByTestId("reply-markdown").PressSequentiallyAsync("\n");
            await Expect(page.GetByTestId("reply-preview-stale")).ToBeVisibleAsync();
            await page.GetByTestId("reply-send").ClickAsync();
            await Expect(page.Locator("[data-testid=message][data-kind=reply]")).ToContainTextAsync("demain à 10 h");
            await Expect(page.GetByTestId("inquiry-status")).ToHaveTextAsync("Répondue");

            var reply = await OutboxPoll.WaitForAsync(admin.Api, $"/api/outbox?kind=InquiryReply&relatedId={reference}", _ => true);
            Assert.Equal([$"lucie.marchand@{tag}.example.fr"], reply.GetProperty("to").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains($"[{reference}]", reply.GetProperty("subject").GetString(), StringComparison.Ordinal);
            Assert.Contains(tag, reply.GetProperty("subject").GetString(), StringComparison.Ordinal);
            Assert.Equal($"<{messageId}>", Header(reply, "In-Reply-To"));
            Assert.Contains($"<{messageId}>", Header(reply, "References"), StringComparison.Ordinal);
        });
    }

    private static string Email(string tag, string messageId, string subject) => string.Join("\r\n",
        $"From: Lucie Marchand <lucie.marchand@{tag}.example.fr>",
        "To: Pause IA Presse <presse@pauseia.fr>",
        $"Subject: {subject}",
        $"Date: {DateTimeOffset.UtcNow:R}",
        $"Message-ID: <{messageId}>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Bonjour,",
        "",
        "Je prépare un article sur les appels à un moratoire sur les IA les plus avancées.",
        "Votre porte-parole pourrait-il me répondre avant demain midi ?",
        "",
        "Lucie Marchand",
        "Journaliste",
        "");

    private static string Header(JsonElement entry, string name) =>
        entry.GetProperty("headers").EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new Xunit.Sdk.XunitException($"No {name} header in {entry}");
}
