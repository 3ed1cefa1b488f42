using Microsoft.Playwright;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>
/// One person at the console: a fresh browser context signed in through the sign-in page, with
/// everything the page reports as wrong (console errors, uncaught exceptions, CSP violations) kept.
/// </summary>
public sealed class ConsoleSession : IAsyncDisposable
{
    // The console itself never logs errors, so any console error is a finding; CSP violations are
    // also reported by the page's own event, which names the blocked directive.
    private const string ViolationProbe = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
        """;

    private readonly List<string> problems = [];

    private ConsoleSession(string name, IBrowserContext context, IPage page)
    {
        Name = name;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The browser asks every page for /favicon.ico on its own; LocalHost's sign-in page declares none.
            if (message.Type == "error" && !message.Location.EndsWith("/favicon.ico:0:0", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add($"console.error: {message.Text} ({message.Location})");
                }
            }
        };
        // The console logs a failed request without its address; the response names it.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"page error: {error}");
            }
        };
    }

    public string Name { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>API calls with this person's sign-in cookie.</summary>
    public IAPIRequestContext Api => Context.APIRequest;

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    public static async Task<ConsoleSession> OpenAsync(IBrowser browser, Uri baseUrl, string name)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseUrl.ToString().TrimEnd('/'),
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(ViolationProbe);
        var page = await context.NewPageAsync();
        // Sending, closing and withdrawing ask for confirmation: the person at the console says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        return new ConsoleSession(name, context, page);
    }

    /// <summary>Signs in as <paramref name="email"/> on the Development sign-in page and waits for the console to greet them.</summary>
    public async Task SignInAsync(string email, string landing = "/")
    {
        await Page.GotoAsync($"/.auth/login/dev?post_login_redirect_uri={Uri.EscapeDataString(landing)}");
        await Page.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("user-name")).ToBeVisibleAsync();
    }

    public async Task ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
