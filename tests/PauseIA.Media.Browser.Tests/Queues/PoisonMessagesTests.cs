using Azure.Storage.Queues;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Queues;

/// <summary>The Admin's "Messages en échec" page: a failed message with its error, discarded; one set aside without an error, requeued.</summary>
public sealed class PoisonMessagesTests(PoisonMessagesTests.FastPoisonSite site, BrowserFixture browser)
    : IClassFixture<PoisonMessagesTests.FastPoisonSite>, IClassFixture<BrowserFixture>
{
    // StatementSendQueue.Name and the host's poison queue beside it.
    private const string SendQueue = "statement-send";

    [Fact]
    public async Task AnAdminSeesWhyAMessageFailedDiscardsItAndRequeuesAnother()
    {
        var tag = $"q{Guid.NewGuid():N}"[..10];
        var failing = $$"""{"other":"{{tag}}"}""";
        var setAside = $$"""{"statementId":"{{tag}}"}""";
        await site.Queue(SendQueue).SendMessageAsync(failing);
        // As the host leaves a message it moved without its function failing (a crash mid-run).
        var poison = new QueueClient(site.StorageConnectionString, SendQueue + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(setAside);
        await site.WaitForQueueToDrainAsync(SendQueue);

        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var spokesperson = await scenario.SignInAsync(TestSettings.Spokesperson);
            await Expect(spokesperson.Page.GetByTestId("nav-inquiries")).ToBeVisibleAsync();
            await Expect(spokesperson.Page.GetByTestId("nav-poison")).ToHaveCountAsync(0);

            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var page = admin.Page;
            await page.GetByTestId("nav-poison").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Messages en échec", Level = 1 })).ToBeVisibleAsync();
            var failed = page.GetByTestId("poison-row").Filter(new() { HasText = failing });
            var withoutError = page.GetByTestId("poison-row").Filter(new() { HasText = setAside });
            await Expect(failed.GetByTestId("poison-error")).ToContainTextAsync("InvalidDataException: A statement-send message needs a statementId.");
            await Expect(failed).ToContainTextAsync("2");
            await Expect(withoutError.GetByTestId("poison-error")).ToContainTextAsync("Aucune erreur enregistrée");

            await failed.GetByTestId("poison-discard").ClickAsync();
            await Expect(failed).ToHaveCountAsync(0);
            await withoutError.GetByTestId("poison-requeue").ClickAsync();
            await Expect(withoutError).ToHaveCountAsync(0);
            var recent = page.GetByTestId("poison-recent-row");
            await Expect(recent.Filter(new() { HasText = failing })).ToContainTextAsync("Supprimé");
            await Expect(recent.Filter(new() { HasText = setAside })).ToContainTextAsync("Relancé");
            await Expect(recent.Filter(new() { HasText = failing })).ToContainTextAsync(TestSettings.Admin);

            // The requeued message ran (a statement that does not exist has nothing to send) and stayed out of the poison queue.
            await site.WaitForQueueToDrainAsync(SendQueue);
            await page.ReloadAsync();
            await Expect(page.GetByTestId("poison-recent-row").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("poison-row").Filter(new() { HasText = tag })).ToHaveCountAsync(0);

            await page.GetByTestId("language-en").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Failed messages", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("poison-recent-row").Filter(new() { HasText = failing })).ToContainTextAsync("Discarded");

            Assert.True(admin.Problems.Count == 0, string.Join('\n', admin.Problems));
            Assert.True(spokesperson.Problems.Count == 0, string.Join('\n', spokesperson.Problems));
        });
    }

    /// <summary>LocalHost moving a failing message to its poison queue after 2 tries, each at once after the last.</summary>
    public sealed class FastPoisonSite() : LocalHostFixture(new LocalHostFixtureOptions
    {
        Settings = new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        },
    });
}
