using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using PauseIA.Media.Browser.Tests.Support;
using PauseIA.Media.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PauseIA.Media.Browser.Tests.Security;

/// <summary>
/// The XSS list rendered where the team reads it, in Debian's chromium: hostile subjects and sender
/// names in the inbox, the inquiry page and "Autres messages"; hostile inbound HTML in their frames;
/// hostile Markdown in the statement preview and the editor. Fails on any script execution (a global
/// canary every payload calls), any dialog, any CSP violation or console error, and on any executable
/// markup left in the page or its frames.
/// </summary>
public sealed class XssTests(LocalHostFixture site, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<LocalHostFixture>, IClassFixture<BrowserFixture>
{
    // Runs in every document before its own scripts: the canary the payloads call, kept where the test can read it.
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private readonly List<string> dialogs = [];

    private const string CanaryScript = """
        window.__piaFired = [];
        window.__piaCanary = () => { window.__piaFired.push(String(location.href)); console.error('XSS canary called in ' + location.href); };
        """;

    // Markup that could run, searched in the page and inside every frame (sandboxed ones included).
    private const string Executable =
        "script:not([src^='/js/']), [onerror], [onload], [onclick], [onmouseover], [onfocus], [ontoggle], [onbegin], [onstart], " +
        "a[href^='javascript' i], a[href^='data' i], a[href^='vbscript' i], [href*='script:' i], [src^='javascript' i], [action^='javascript' i], " +
        "[formaction], iframe:not([sandbox]), object, embed, base, meta[http-equiv='refresh' i], [style*='url(' i], [style*='expression' i]";

    [Fact]
    public async Task HostileSubjectsNamesAndInboundHtmlRunNothingInTheInboxTheInquiryOrOtherMail()
    {
        var tag = $"x{Guid.NewGuid():N}"[..10];
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var admin = await scenario.SignInAsync(TestSettings.Admin);
            var lines = XssPayloads.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var sender = $"j{i}.{tag}@lemonde.fr";
                await InboundPost.PostAsync(site, admin.Api, Mail(tag, i, sender, lines[i], autoReply: false), $"{lines[i]} <{sender}>", sender);
                var filed = $"f{i}.{tag}@lemonde.fr";
                await InboundPost.PostAsync(site, admin.Api, Mail(tag, i, filed, lines[i], autoReply: true), $"{lines[i]} <{filed}>", filed);
            }

            await site.WaitForQueueToDrainAsync(InboundPost.Queue);
            var spokesperson = await WatchedAsync(scenario, TestSettings.Spokesperson);
            var page = spokesperson.Page;

            // The inbox: every hostile subject is there, as text.
            await page.GotoAsync($"/#/inquiries?q={tag}");
            await page.ReloadAsync();
            foreach (var line in lines)
            {
                await Expect(page.GetByText($"{line} {tag}", new() { Exact = false }).First).ToBeVisibleAsync();
            }

            await AssertInertAsync(spokesperson, "the inbox");

            // Each inquiry, with its original HTML shown in its frame.
            using var records = JsonDocument.Parse(await (await spokesperson.Api.GetAsync("/api/inbound")).TextAsync());
            var ours = records.RootElement.EnumerateArray().Where(r => r.GetProperty("subject").GetString()?.Contains(tag, StringComparison.Ordinal) == true).ToList();
            Assert.Equal(2 * lines.Count, ours.Count);
            foreach (var reference in ours.Select(r => r.TryGetProperty("reference", out var value) ? value.GetString() : null).OfType<string>())
            {
                await page.GotoAsync($"/#/inquiries/{reference}");
                await Expect(page.GetByTestId("inquiry-reference")).ToHaveTextAsync(reference);
                await page.GetByTestId("message").First.GetByRole(AriaRole.Button, new() { Name = "Voir la mise en forme d’origine" }).ClickAsync();
                await Expect(page.Locator("iframe.html-frame").First.ContentFrame.GetByText($"marker-{tag}")).ToBeVisibleAsync();
                await AssertInertAsync(spokesperson, $"inquiry {reference}");
            }

            // "Autres messages": the list, then each filed mail with its frame.
            await page.GotoAsync("/#/inbound");
            await Expect(page.GetByTestId("inbound-row").Filter(new() { HasText = tag })).ToHaveCountAsync(lines.Count);
            await AssertInertAsync(spokesperson, "Autres messages");
            foreach (var key in ours.Where(r => r.GetProperty("kind").GetString() != "inquiry").Select(r => r.GetProperty("key").GetString()!))
            {
                await page.GotoAsync($"/#/inbound/{key}");
                await Expect(page.Locator("iframe.html-frame").First.ContentFrame.GetByText($"marker-{tag}")).ToBeVisibleAsync();
                await AssertInertAsync(spokesperson, $"filed mail {key}");
            }

            output.WriteLine($"{lines.Count * 2} mails, {lines.Count * 2 * (XssPayloads.Html.Count + 2)} hostile inputs, in {3 + ours.Count} pages");
        });
    }

    [Fact]
    public async Task HostileMarkdownRunsNothingInTheStatementPreviewOrTheEditor()
    {
        var tag = $"m{Guid.NewGuid():N}"[..10];
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        await scenario.RunAsync(async () =>
        {
            var officer = await WatchedAsync(scenario, TestSettings.PressOfficer);
            var markdown = $"# Titre {tag}\n\nmarker-{tag}\n\n" + string.Join("\n\n", XssPayloads.Markdown) + "\n";
            var contact = await officer.Api.PostAsync("/api/contacts", new() { DataObject = new { email = $"ana.{tag}@lemonde.fr", firstName = XssPayloads.Lines[0], lastName = XssPayloads.Lines[2], outlet = "Le Monde" } });
            Assert.True(contact.Ok, await contact.TextAsync());
            var created = await officer.Api.PostAsync("/api/statements", new()
            {
                DataObject = new { markdown, title = $"{XssPayloads.Lines[1]} {tag}", kind = "pressRelease", audience = new { emails = new[] { $"ana.{tag}@lemonde.fr" } } },
            });
            Assert.True(created.Ok, await created.TextAsync());
            using var body = JsonDocument.Parse(await created.TextAsync());
            var id = body.RootElement.GetProperty("id").GetString()!;

            var page = officer.Page;
            await page.GotoAsync($"/#/statements/{id}");
            await page.ReloadAsync();
            await Expect(page.GetByTestId("email-preview").FrameLocator("iframe").GetByText($"marker-{tag}")).ToBeVisibleAsync();
            await AssertInertAsync(officer, "the statement preview");

            await page.GotoAsync($"/#/statements/{id}/edit");
            await Expect(page.FrameLocator("iframe.preview-frame").GetByText($"marker-{tag}")).ToBeVisibleAsync();
            await AssertInertAsync(officer, "the editor's live preview");
            output.WriteLine($"{XssPayloads.Markdown.Count + 1} hostile inputs in 2 pages");
        });
    }

    [Theory]
    [InlineData("the canary", "() => window.__piaCanary()")]
    [InlineData("a dialog", "() => setTimeout(() => alert('x'))")]
    [InlineData("a CSP violation", "() => { const s = document.createElement('script'); s.textContent = '1'; document.body.append(s); }")]
    [InlineData("an element with a handler", "() => document.body.append(Object.assign(document.createElement('img'), { alt: 'x' }), document.createRange().createContextualFragment('<b onclick=\\'x\\'>b</b>'))")]
    public async Task TheWatchCatchesWhatItLooksFor(string what, string script)
    {
        await using var scenario = new BrowserScenario(browser, site.BaseAddress);
        var session = await WatchedAsync(scenario, TestSettings.Spokesperson);
        await session.Page.EvaluateAsync(script);

        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertInertAsync(session, what));
    }

    /// <summary>Signs in with the canary installed in every document; a dialog is a finding.</summary>
    private async Task<ConsoleSession> WatchedAsync(BrowserScenario scenario, string email)
    {
        var session = await scenario.SignInAsync(email);
        await session.Context.AddInitScriptAsync(CanaryScript);
        // Statements may show https images; this machine is offline, so they are served a pixel instead of failing.
        await session.Context.RouteAsync(url => url.StartsWith("https://", StringComparison.Ordinal), route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = Pixel }));
        session.Page.Dialog += (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }
        };
        await session.Page.ReloadAsync();
        return session;
    }

    private async Task AssertInertAsync(ConsoleSession session, string where)
    {
        var page = session.Page;
        // Late payloads (an image's onerror, a refresh, a focus) get a moment to go off.
        await page.WaitForTimeoutAsync(500);
        var fired = await page.EvaluateAsync<string[]>("() => window.__piaFired ?? ['canary missing: the init script did not run']");
        Assert.True(fired.Length == 0, $"{where}: script ran in {string.Join(", ", fired)}");
        lock (dialogs)
        {
            Assert.True(dialogs.Count == 0, $"{where}: dialogs {string.Join(", ", dialogs)}");
        }

        Assert.Equal(0, await page.Locator(Executable).CountAsync());
        foreach (var frame in page.Frames.Where(f => f != page.MainFrame))
        {
            var found = await frame.Locator(Executable).CountAsync();
            Assert.True(found == 0, $"{where}: {found} executable element(s) in frame {frame.Url}");
        }

        foreach (var frame in await page.Locator("iframe").AllAsync())
        {
            Assert.DoesNotContain("allow-scripts", await frame.GetAttributeAsync("sandbox") ?? "no sandbox", StringComparison.Ordinal);
        }

        Assert.True(session.Problems.Count == 0, $"{where}:\n{string.Join('\n', session.Problems)}");
    }

    private static string Mail(string tag, int i, string sender, string line, bool autoReply)
    {
        // Half the names and subjects go as RFC 2047 encoded words, which decode to the same markup.
        string Header(string text) => i % 2 == 0 ? text : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
        var html = $"<html><head><title>{line}</title></head><body><p>marker-{tag}</p>\n{string.Join("\n", XssPayloads.Html)}\n</body></html>";
        return string.Join("\r\n",
            $"From: {(i % 2 == 0 ? $"\"{line.Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : Header(line))} <{sender}>",
            "To: Pause IA Presse <presse@pauseia.fr>",
            $"Subject: {Header($"{line} {tag}")}",
            $"Date: {DateTimeOffset.UtcNow:R}",
            $"Message-ID: <{tag}.{i}.{(autoReply ? "auto" : "in")}@mail.lemonde.fr>",
            autoReply ? "Auto-Submitted: auto-replied" : "X-Mailer: hostile",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(html), Base64FormattingOptions.InsertLineBreaks),
            "");
    }
}
