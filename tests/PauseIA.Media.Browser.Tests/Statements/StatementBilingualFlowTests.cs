using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Statements;

/// <summary>
/// A statement in French with its English translation, through both keys: the press officer writes
/// both, the director reads them side by side in English, sees the number the translation got wrong
/// and sends it back, then approves the corrected pair; the spokesperson signs off on who receives
/// which language; the outbox holds a French and an English message.
/// </summary>
public sealed class StatementBilingualFlowTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    private const string French = "# Moratoire\n\nPause IA salue la décision du gouvernement : 12,5 % des Français la soutiennent.\n\nNous appelons à un traité international.\n\nContact presse : presse@pauseia.fr\n";

    private const string English = "# Moratorium\n\nPause IA welcomes the government's decision: 12.5% of French people support it.\n\nWe call for an international treaty.\n\nPress contact: presse@pauseia.fr\n";

    [Fact]
    public async Task TheDirectorReviewsBothLanguagesSideBySideAndEachJournalistGetsTheirOwn()
    {
        var tag = $"t{Guid.NewGuid():N}"[..10];
        var claire = $"claire.roux@{tag}.example.fr";
        var james = $"james.hart@{tag}.example.com";
        var title = $"Pause IA salue le moratoire {tag}";
        var englishTitle = $"Pause IA welcomes the moratorium {tag}";

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var officer = await scenario.SignInAsync(TestSettings.PressOfficer, "/#/statements");
            var segment = await SegmentSeed.CreateAsync(officer, tag, (claire, "Claire", "Roux", "fr"), (james, "James", "Hart", "en"));

            // The press officer writes the French text, then adds the English translation, which starts from its structure.
            var page = officer.Page;
            await page.GetByTestId("statement-new").ClickAsync();
            await page.GetByTestId("statement-title").FillAsync(title);
            await page.GetByTestId("statement-segment").SelectOptionAsync(segment);
            await page.GetByTestId("statement-markdown").FillAsync(French);
            await page.GetByTestId("add-translation-en").ClickAsync();
            await Expect(page.GetByTestId("statement-markdown-en")).ToHaveValueAsync(new Regex(@"^# \[à traduire\]\n\n\[à traduire\]"));
            await Expect(page.GetByTestId("statement-markdown-en")).ToHaveValueAsync(new Regex(@"\[à traduire\] presse@pauseia\.fr\n$"));
            await page.GetByTestId("statement-title-en").FillAsync(englishTitle);
            await page.GetByTestId("statement-markdown-en").FillAsync(English.Replace("12.5%", "12.6%", StringComparison.Ordinal));
            await Expect(page.GetByTestId("preview-subject-en")).ToContainTextAsync(englishTitle);
            await Expect(page.GetByTestId("editor-consistency").Locator("[data-category=number]")).ToContainTextAsync("12.6%");
            await page.GetByTestId("statement-save").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("Brouillon");
            var id = page.Url.Split("#/statements/")[1];
            await page.GetByTestId("statement-submit").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("En relecture");

            // The director reads in English: both versions side by side, English first, and the number that differs.
            var director = (await scenario.SignInAsync(TestSettings.CommsDirector, $"/#/statements/{id}/review")).Page;
            var sideBySide = director.GetByTestId("side-by-side");
            await Expect(sideBySide.Locator("th").First).ToHaveTextAsync("English");
            await Expect(sideBySide.Locator("[data-flagged=true]")).ToHaveCountAsync(2);
            await Expect(sideBySide.Locator("[data-flagged=true][data-language=en]")).ToContainTextAsync("12.6%");
            var divergence = director.GetByTestId("consistency").GetByTestId("divergence");
            await Expect(divergence).ToHaveCountAsync(1);
            await Expect(divergence).ToHaveAttributeAsync("data-category", "number");
            await Expect(divergence).ToContainTextAsync("12,5 %");
            await Expect(divergence).ToContainTextAsync("12.6%");
            await director.GetByTestId("review-comment").FillAsync("The English says 12.6%: the poll says 12.5%.");
            await director.GetByTestId("review-request-changes").ClickAsync();
            await Expect(director.GetByTestId("statement-state")).ToHaveTextAsync("Changes requested");

            // The author corrects the English version only.
            await page.GotoAsync($"/#/statements/{id}/edit");
            await Expect(page.GetByTestId("changes-requested")).ToContainTextAsync("12.6%");
            await page.GetByTestId("editor-tab-en").ClickAsync();
            await page.GetByTestId("statement-markdown-en").FillAsync(English);
            await Expect(page.GetByTestId("editor-consistency").GetByTestId("consistency-summary")).ToHaveTextAsync("Aucune divergence trouvée entre les versions.");
            await page.GetByTestId("statement-save").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("Brouillon");
            await page.GetByTestId("statement-submit").ClickAsync();
            await Expect(page.GetByTestId("statement-state")).ToHaveTextAsync("En relecture");

            // The director sees what changed in each language since their review, no divergence left, and approves the pair.
            await director.GotoAsync($"/#/statements/{id}/review");
            var englishDiff = director.Locator("[data-diff-language=en]");
            await Expect(englishDiff.GetByTestId("diff-range")).ToContainTextAsync("From version 1 to version 2");
            await Expect(englishDiff.Locator("[data-change=deleted]")).ToContainTextAsync("12.6%");
            await Expect(englishDiff.Locator("[data-change=inserted]")).ToContainTextAsync("12.5%");
            await Expect(director.Locator("[data-diff-language=fr]")).ToContainTextAsync("No changes.");
            await Expect(director.GetByTestId("consistency").GetByTestId("consistency-summary")).ToHaveTextAsync("No divergence found between the versions.");
            await director.GetByTestId("review-approve").ClickAsync();
            await Expect(director.GetByTestId("statement-state")).ToHaveTextAsync("Approved");

            // The spokesperson signs off on who receives which language, then sends.
            var spokesperson = (await scenario.SignInAsync(TestSettings.Spokesperson, $"/#/statements/{id}/signoff")).Page;
            await Expect(spokesperson.GetByTestId("manifest-languages")).ToHaveTextAsync("1 en français · 1 en anglais");
            await Expect(spokesperson.GetByTestId("manifest-recipients")).ToContainTextAsync(james);
            await spokesperson.GetByTestId("preview-language-en").ClickAsync();
            await Expect(spokesperson.Locator(".email-subject dd")).ToHaveTextAsync(englishTitle);
            await spokesperson.GetByTestId("signoff").ClickAsync();
            await Expect(spokesperson.GetByTestId("statement-state")).ToHaveTextAsync("Validé");
            await spokesperson.GetByTestId("send-now").ClickAsync();
            await Expect(spokesperson.GetByTestId("stats")).ToBeVisibleAsync();

            // The outbox holds the French message for Claire and the English one for James.
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var outbox = $"/api/outbox?kind=Statement&relatedId={id}";
            var toJames = await OutboxPoll.WaitForAsync(admin.Api, outbox, entry => SentTo(entry, james));
            var toClaire = await OutboxPoll.WaitForAsync(admin.Api, outbox, entry => SentTo(entry, claire));
            Assert.Equal(englishTitle, toJames.GetProperty("subject").GetString());
            Assert.Equal(title, toClaire.GetProperty("subject").GetString());
            Assert.False(SentTo(toJames, claire));

            Assert.All(scenario.Sessions, s => Assert.True(s.Problems.Count == 0, $"{s.Name}: {string.Join('\n', s.Problems)}"));
        });
    }

    private static bool SentTo(JsonElement entry, string email) => entry.GetProperty("to").EnumerateArray().Any(to => to.GetString() == email);
}
