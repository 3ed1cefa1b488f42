using System.Runtime.CompilerServices;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>
/// The people of one test, each in their own context, and a screenshot of each one's page in
/// TestResults/screenshots when the test fails, so a red run shows what the browser showed.
/// </summary>
public sealed class BrowserScenario(BrowserFixture browser, Uri baseUrl) : IAsyncDisposable
{
    private readonly List<ConsoleSession> sessions = [];

    /// <summary>The people signed in so far, in order.</summary>
    public IReadOnlyList<ConsoleSession> Sessions => sessions;

    public async Task<ConsoleSession> SignInAsync(string email, string landing = "/")
    {
        var session = await ConsoleSession.OpenAsync(browser.Browser, baseUrl, email);
        sessions.Add(session);
        await session.SignInAsync(email, landing);
        return session;
    }

    public async Task RunAsync(Func<Task> steps, [CallerMemberName] string test = "")
    {
        try
        {
            await steps();
        }
        catch
        {
            foreach (var session in sessions)
            {
                var name = $"{test}-{session.Name.Split('@')[0]}.png";
                try
                {
                    await session.ScreenshotAsync(Path.Combine(ScreenshotFolder(), name));
                }
                catch (Exception ex) when (ex is Microsoft.Playwright.PlaywrightException or IOException)
                {
                    // The failure itself matters more than its picture.
                }
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }
    }

    private static string ScreenshotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PauseIA.Media.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    }
}
