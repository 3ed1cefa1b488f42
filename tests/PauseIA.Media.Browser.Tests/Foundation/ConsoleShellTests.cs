using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Foundation;

/// <summary>The shell: signing in through the sign-in page, who is shown, the language switch, and a clean page.</summary>
public sealed class ConsoleShellTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignsInThroughTheSignInPageAndShowsTheSpokespersonsNameAndRole()
    {
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var spokesperson = await scenario.SignInAsync(TestSettings.Spokesperson);
            var page = spokesperson.Page;

            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Camille Martin");
            await Expect(page.GetByTestId("user-roles")).ToHaveTextAsync("Porte-parole");
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" });
            await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Demandes", "Autres messages", "Contacts", "Communiqués", "Envois à vérifier"]);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se déconnecter" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/\\.auth/logout"));
        });
    }

    [Fact]
    public async Task TheEnglishSwitchTranslatesTheNavigationAndIsRemembered()
    {
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var page = (await scenario.SignInAsync(TestSettings.Spokesperson)).Page;
            await page.GetByRole(AriaRole.Button, new() { Name = "EN" }).ClickAsync();

            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
            await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Inquiries", "Other mail", "Contacts", "Statements", "Mail to check"]);
            await Expect(page.GetByTestId("user-roles")).ToHaveTextAsync("Spokesperson");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "EN" })).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

            await page.ReloadAsync();
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Statements" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task TheCommsDirectorSeesTheConsoleInEnglishAndOnlyTheAdminSeesTheOutbox()
    {
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var director = (await scenario.SignInAsync(TestSettings.CommsDirector)).Page;
            await Expect(director.GetByTestId("user-roles")).ToHaveTextAsync("Communications Director (PauseAI Global)");
            await Expect(director.GetByTestId("nav-outbox")).ToHaveCountAsync(0);

            var admin = (await scenario.SignInAsync(TestSettings.Admin)).Page;
            await Expect(admin.GetByTestId("user-roles")).ToHaveTextAsync("Admin");
            await admin.GetByTestId("nav-outbox").ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Boîte d’envoi", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task ASignedOutVisitorIsOfferedTheSignInPage()
    {
        await using var session = await ConsoleSession.OpenAsync(browser.Browser, site.BaseAddress, "visitor");
        await session.Page.GotoAsync("/#/contacts");

        var signIn = session.Page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" });
        await Expect(signIn).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/\\.auth/login/dev\\?post_login_redirect_uri="));
        await signIn.ClickAsync();
        await session.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = TestSettings.PressOfficer }).GetByRole(AriaRole.Button).ClickAsync();

        await Expect(session.Page.GetByTestId("user-name")).ToHaveTextAsync("Sacha Petit");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EveryPageLoadsWithoutConsoleErrorsOrContentSecurityPolicyViolations()
    {
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var pages = new (string Hash, string Title)[]
            {
                ("#/inquiries", "Demandes"),
                ("#/contacts", "Contacts"),
                ("#/contacts/import", "Importer des contacts"),
                ("#/contacts/segments", "Segments"),
                ("#/contacts/duplicates", "Doublons"),
                ("#/contacts/new", "Nouveau contact"),
                ("#/statements", "Communiqués"),
                ("#/statements/new", "Nouveau communiqué"),
                ("#/outbox", "Boîte d’envoi"),
            };
            foreach (var (hash, title) in pages)
            {
                await admin.Page.GotoAsync($"/{hash}");
                await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
                await Expect(admin.Page.Locator(".loading")).ToHaveCountAsync(0);
                await Expect(admin.Page.GetByTestId("error")).ToHaveCountAsync(0);
            }

            Assert.True(admin.Problems.Count == 0, string.Join('\n', admin.Problems));
        });
    }
}
