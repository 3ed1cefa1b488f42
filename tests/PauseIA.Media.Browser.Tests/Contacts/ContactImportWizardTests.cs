using System.Text;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Contacts;

/// <summary>The CSV import wizard: a dry run that shows every rejected row and why, then the commit.</summary>
public sealed class ContactImportWizardTests(LocalHostFixture site, BrowserFixture browser) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheDryRunShowsRejectedRowsWithTheirReasonsAndTheCommitListsTheContacts()
    {
        var domain = $"i{Guid.NewGuid():N}"[..12] + ".example.fr";
        var csv = string.Join('\n',
            "email,first_name,last_name,outlet,media_type,beats,city,language",
            $"ines.roux@{domain},Inès,Roux,Ouest-France,presse écrite,tech;ia,Rennes,fr",
            "pas-un-email,Jean,Faux,Le Faux,web,tech,Paris,fr",
            $"tom.baker@{domain},Tom,Baker,BBC,tv,ai,London,en",
            ",Sans,Adresse,Libération,presse écrite,,Paris,fr") + "\n";

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var page = (await scenario.SignInAsync(TestSettings.PressOfficer, "/#/contacts")).Page;
            await page.GetByTestId("contact-import").ClickAsync();
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(new FilePayload
            {
                Name = "journalistes.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes(csv),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Analyser le fichier" }).ClickAsync();

            var counts = page.GetByTestId("import-counts");
            await Expect(counts.Locator("[data-count=rowsRead] dd")).ToHaveTextAsync("4");
            await Expect(counts.Locator("[data-count=toCreate] dd")).ToHaveTextAsync("2");
            await Expect(counts.Locator("[data-count=rejected] dd")).ToHaveTextAsync("2");
            var rejected = page.GetByTestId("import-rejected");
            await Expect(rejected.Locator("tbody tr")).ToHaveCountAsync(2);
            await Expect(rejected.Locator("tr[data-row='3']")).ToContainTextAsync("pas-un-email");
            await Expect(rejected.Locator("tr[data-row='3']")).ToContainTextAsync("invalide");
            await Expect(rejected.Locator("tr[data-row='5']")).ToContainTextAsync("adresse");

            // Nothing is written by the dry run.
            var before = await scenario.Sessions[0].Api.GetAsync($"/api/contacts?q={domain}");
            Assert.Equal(200, before.Status);
            Assert.DoesNotContain(domain, await before.TextAsync(), StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’import (2 contacts)" }).ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("import-counts").Locator("[data-count=toCreate] dd")).ToHaveTextAsync("2");

            await page.GetByTestId("import-see-contacts").ClickAsync();
            await page.GetByLabel("Recherche (nom, e-mail, média)").FillAsync(domain);
            await page.GetByTestId("contacts-search").ClickAsync();
            await Expect(page.GetByTestId("contact-link")).ToHaveCountAsync(2);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inès Roux" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tom Baker" })).ToBeVisibleAsync();
        });
    }
}
