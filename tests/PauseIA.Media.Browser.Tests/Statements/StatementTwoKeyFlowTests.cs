using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Statements;

/// <summary>
/// The two keys on a statement, each turned by the right person in their own browser: the press
/// officer drafts, the director sends it back, the author revises, the director reads only what
/// changed and approves, the spokesperson signs off and sends; the outbox holds the email.
/// </summary>
public sealed class StatementTwoKeyFlowTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DraftReviewRevisionApprovalSignOffAndSendEachByTheirOwner()
    {
        var tag = $"t{Guid.NewGuid():N}"[..10];
        var journalist = $"ana.silva@{tag}.example.fr";
        var title = $"Pause IA salue le moratoire {tag}";

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var officer = await scenario.SignInAsync(TestSettings.PressOfficer, "/#/statements");
            var segment = await SegmentSeed.CreateAsync(officer, tag, (journalist, "Ana", "Silva", "fr"));

            // The press officer drafts, with the live preview from the server's renderer.
            var page = officer.Page;
            await page.GetByTestId("statement-new").ClickAsync();
            await page.GetByTestId("statement-title").FillAsync(title);
            await page.GetByTestId("statement-segment").SelectOptionAsync(segment);
            await page.GetByTestId("statement-markdown").FillAsync(Text("Pause IA applaudit la décision du gouvernement."));
            await Expect(page.GetByTestId("preview-subject")).ToContainTextAsync(title);
            await page.GetByTestId("statement-save").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("Brouillon");
            var id = page.Url.Split("#/statements/")[1];
            await page.GetByTestId("statement-submit").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("En relecture");

            // The director (who reads the console in English) sends it back with a comment.
            var director = (await scenario.SignInAsync(TestSettings.CommsDirector, $"/#/statements/{id}/review")).Page;
            await director.GetByTestId("review-comment").FillAsync("Please say « salue », not « applaudit ».");
            await director.GetByTestId("review-request-changes").ClickAsync();
            await Expect(director.GetByTestId("statement-state")).ToHaveTextAsync("Changes requested");

            // The author sees why and revises one word.
            await page.GotoAsync($"/#/statements/{id}/edit");
            await Expect(page.GetByTestId("changes-requested")).ToContainTextAsync("« salue »");
            await page.GetByTestId("statement-markdown").FillAsync(Text("Pause IA salue la décision du gouvernement."));
            await page.GetByTestId("statement-save").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("Brouillon");
            await page.GetByTestId("statement-submit").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("En relecture");

            // The director sees only that line changed, word by word, and approves this version.
            await director.GotoAsync($"/#/statements/{id}/review");
            var diff = director.GetByTestId("diff");
            await Expect(director.GetByTestId("diff-range")).ToContainTextAsync("From version 1 to version 2");
            await Expect(diff.Locator("[data-change=deleted]")).ToHaveCountAsync(1);
            await Expect(diff.Locator("[data-change=inserted]")).ToHaveCountAsync(1);
            await Expect(diff.Locator("[data-change=deleted] del")).ToHaveTextAsync("applaudit");
            await Expect(diff.Locator("[data-change=inserted] ins")).ToHaveTextAsync("salue");
            await director.GetByTestId("review-approve").ClickAsync();
            await Expect(director.GetByTestId("statement-state")).ToHaveTextAsync("Approved");

            // The spokesperson signs off on the rendered email and its recipients, then sends.
            var spokesperson = (await scenario.SignInAsync(TestSettings.Spokesperson, $"/#/statements/{id}/signoff")).Page;
            await Expect(spokesperson.GetByTestId("manifest-recipients")).ToContainTextAsync(journalist);
            await Expect(spokesperson.GetByTestId("email-preview").Locator("iframe")).ToBeVisibleAsync();
            await spokesperson.GetByTestId("signoff").ClickAsync();
            await Expect(spokesperson.GetByTestId("statement-state")).ToHaveTextAsync("Validé");
            await spokesperson.GetByTestId("send-now").ClickAsync();
            await Expect(spokesperson.GetByTestId("stats")).ToBeVisibleAsync();

            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var sent = await OutboxPoll.WaitForAsync(admin.Api, $"/api/outbox?kind=Statement&relatedId={id}", entry =>
                entry.GetProperty("to").EnumerateArray().Any(to => to.GetString() == journalist));
            Assert.Equal(title, sent.GetProperty("subject").GetString());
            Assert.Contains(sent.GetProperty("headers").EnumerateObject(), h => h.Name.Equals("List-Unsubscribe", StringComparison.OrdinalIgnoreCase));

            // The rendered email (inline styles, in its frame) and every page on the way raised nothing.
            Assert.All(scenario.Sessions, s => Assert.True(s.Problems.Count == 0, $"{s.Name}: {string.Join('\n', s.Problems)}"));
        });
    }

    private static string Text(string sentence) =>
        $"# Moratoire\n\n{sentence}\n\nNous appelons à un traité international.\n\nContact presse : presse@pauseia.fr\n";
}
