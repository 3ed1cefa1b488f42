using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Inquiries;

/// <summary>Mail that is not an inquiry opens no thread, yet the team finds it under "Autres messages", with why it was filed so.</summary>
public sealed class OtherMailTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheSpokespersonFindsAnAutoReplyAndANewsletterUnderOtherMail()
    {
        var tag = $"o{Guid.NewGuid():N}"[..10];

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var journalist = $"lucie.marchand@{tag}.example.fr";
            var newsletter = $"lettre@{tag}.example.fr";
            await InboundPost.PostAsync(site, admin.Api, AutoReply(tag, journalist), $"Lucie Marchand <{journalist}>", journalist);
            await InboundPost.PostAsync(site, admin.Api, Newsletter(tag, newsletter), $"La Lettre de l'IA <{newsletter}>", newsletter);
            await site.WaitForQueueToDrainAsync(InboundPost.Queue);

            var spokesperson = await scenario.SignInAsync(TestSettings.Spokesperson, "/#/inquiries");
            var page = spokesperson.Page;
            await page.GetByTestId("nav-inbound").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Autres messages", Level = 1 })).ToBeVisibleAsync();
            var ours = page.GetByTestId("inbound-row").Filter(new() { HasText = tag });
            var autoReply = ours.Filter(new() { HasText = "Absence du bureau" });
            var bulk = ours.Filter(new() { HasText = "La lettre" });
            await Expect(autoReply.GetByTestId("inbound-kind")).ToHaveTextAsync("Réponse automatique");
            await Expect(autoReply).ToContainTextAsync("Auto-Submitted");
            await Expect(bulk.GetByTestId("inbound-kind")).ToHaveTextAsync("Envoi de masse");
            await Expect(bulk).ToContainTextAsync("List-Id");

            await page.GetByTestId("inbound-kind-filter").SelectOptionAsync("bulk");
            await Expect(page).ToHaveURLAsync(new Regex(@"#/inbound\?kind=bulk$"));
            await Expect(ours).ToHaveCountAsync(1);
            await Expect(ours.GetByTestId("inbound-kind")).ToHaveTextAsync("Envoi de masse");
            await Expect(page.Locator("[data-testid=inbound-row]:not([data-kind=bulk])")).ToHaveCountAsync(0);

            await page.GetByTestId("inbound-kind-filter").SelectOptionAsync("autoReply");
            await Expect(ours.GetByTestId("inbound-kind")).ToHaveTextAsync("Réponse automatique");
            await ours.GetByTestId("inbound-link").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(tag);
            await Expect(page.GetByTestId("inbound-text")).ToContainTextAsync("Je suis absente jusqu'au 15");
            await Expect(page.GetByTestId("inbound-reason")).ToContainTextAsync("Auto-Submitted");
            // The HTML part is shown only in a frame that may run nothing.
            await Expect(page.Locator("iframe.html-frame")).ToHaveAttributeAsync("sandbox", "");
            await Expect(page.FrameLocator("iframe.html-frame").GetByText("absente jusqu'au 15")).ToBeVisibleAsync();

            var headers = page.GetByTestId("inbound-headers");
            await Expect(headers.GetByText("Auto-Submitted", new() { Exact = true })).ToBeHiddenAsync();
            await headers.Locator("summary").ClickAsync();
            await Expect(headers.GetByText("Auto-Submitted", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(headers).ToContainTextAsync("auto-replied");

            Assert.True(spokesperson.Problems.Count == 0, string.Join('\n', spokesperson.Problems));
        });
    }

    private static string AutoReply(string tag, string from) => string.Join("\r\n",
        $"From: Lucie Marchand <{from}>",
        "To: Pause IA Presse <presse@pauseia.fr>",
        $"Subject: Absence du bureau : Re: Communiqué {tag}",
        $"Date: {DateTimeOffset.UtcNow:R}",
        $"Message-ID: <{tag}.auto@mail.{tag}.example.fr>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        $"Content-Type: multipart/alternative; boundary=\"b-{tag}\"",
        "",
        $"--b-{tag}",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Bonjour,",
        "",
        "Je suis absente jusqu'au 15 et lirai votre message à mon retour.",
        "",
        "Lucie Marchand",
        $"--b-{tag}",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "<p>Bonjour,</p><p>Je suis <b>absente jusqu'au 15</b> et lirai votre message à mon retour.</p><p>Lucie Marchand</p>",
        $"--b-{tag}--",
        "");

    private static string Newsletter(string tag, string from) => string.Join("\r\n",
        $"From: La Lettre de l'IA <{from}>",
        "To: Pause IA Presse <presse@pauseia.fr>",
        $"Subject: La lettre de la semaine {tag}",
        $"Date: {DateTimeOffset.UtcNow:R}",
        $"Message-ID: <{tag}.lettre@lists.{tag}.example.fr>",
        $"List-Id: La Lettre de l'IA <lettre.{tag}.example.fr>",
        $"List-Unsubscribe: <mailto:desinscription@{tag}.example.fr>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Cette semaine : trois rapports sur la sûreté des modèles.",
        "");
}
