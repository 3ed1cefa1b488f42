using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;

namespace PauseIA.Media.Browser.Tests.Foundation;

/// <summary>
/// Rules the console's source keeps: no HTML parsing of data (the CSP stops script, not markup),
/// no inline styles, and every string it shows exists in French and in English.
/// </summary>
public sealed partial class ConsoleSourceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void NoScriptParsesHtmlIntoThePage()
    {
        var offenders = ConsoleFiles("*.js")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !IsComment(x.line) && HtmlSinks().IsMatch(x.line))
            // ui.js parses outside HTML in an inert DOMParser document to prepare the sandboxed frame.
            .Where(x => !(Path.GetFileName(x.file) == "ui.js" && x.line.Contains("new DOMParser()", StringComparison.Ordinal)))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoPageCarriesInlineStylesOrScripts()
    {
        var offenders = ConsoleFiles("*.html").Concat(ConsoleFiles("*.js"))
            .Where(file => InlineStyleOrScript().IsMatch(File.ReadAllText(file)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task EveryStringTheConsoleShowsExistsInFrenchAndEnglish()
    {
        // The dictionaries are modules whose values may be functions: a browser reads them as the console does.
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("http://console.test/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            await (path == "/"
                ? route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>i18n</title>" })
                : route.FulfillAsync(new() { ContentType = "text/javascript", Path = Path.Combine(ConsoleRoot(), path.TrimStart('/')) }));
        });
        await page.GotoAsync("http://console.test/");
        var french = await DictionaryKeysAsync(page, "fr");
        var english = await DictionaryKeysAsync(page, "en");

        var used = ConsoleFiles("*.js")
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(french).Order());
        Assert.Empty(used.Except(english).Order());
        Assert.Equal(french.Order(), english.Order());
    }

    private static bool IsComment(string line) =>
        line.TrimStart() is var text && (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith('*') || text.StartsWith("/*", StringComparison.Ordinal));

    private static async Task<HashSet<string>> DictionaryKeysAsync(IPage page, string language) =>
        [.. await page.EvaluateAsync<string[]>($"async () => Object.keys((await import('/js/i18n/{language}.js')).default)")];

    private static IEnumerable<string> ConsoleFiles(string pattern) =>
        Directory.EnumerateFiles(ConsoleRoot(), pattern, SearchOption.AllDirectories);

    private static string ConsoleRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var root = Path.Combine(dir.FullName, "functions", "PauseIA.Media.Functions", "wwwroot");
            if (Directory.Exists(root))
            {
                return root;
            }
        }

        throw new DirectoryNotFoundException("functions/PauseIA.Media.Functions/wwwroot not found above the test binaries.");
    }

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser")]
    private static partial Regex HtmlSinks();

    [GeneratedRegex(@"\sstyle\s*=\s*[""']|<style[\s>]|<script>|\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrScript();

    // t('key') and tOr('key', …) with a literal key; keys built at run time are checked by their dictionaries' parity.
    [GeneratedRegex(@"\bt(?:Or)?\(\s*'(?<key>[\w.]+)'")]
    private static partial Regex UsedKey();
}
