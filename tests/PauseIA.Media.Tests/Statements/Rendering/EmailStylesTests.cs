using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Tests.Statements.Rendering;

public sealed partial class EmailStylesTests
{
    /// <summary>Every element the body can hold, footnotes included.</summary>
    private const string EveryElement = """
        # Un

        ## Deux

        ### Trois

        #### Quatre

        ##### Cinq

        ###### Six

        Un paragraphe *en* **gras**, ~~barré~~, au XXI^e^ siècle, avec `du code`, [un lien](https://pauseia.fr),
        <presse@pauseia.fr>, une note[^1] et ![une image](https://pauseia.fr/logo.png).\
        Après un saut de ligne.

        - un
        - deux

        1. premier
        2. second

        > Une citation.

        ```
        dotnet test
        ```

        ---

        | Ville | Participants |
        |:------|-------------:|
        | Lyon  | 80           |

        [^1]: Une note, avec [un lien](https://pauseia.fr/note).

            et un second paragraphe.
        """;

    // A declaration that only each element's rule has.
    private static readonly Dictionary<string, string> Distinctive = new()
    {
        ["p"] = "margin:0 0 16px 0;font-family:Arial,Helvetica,sans-serif;",
        ["h1"] = "font-size:24px;",
        ["h2"] = "font-size:20px;",
        ["h3"] = "font-size:18px;",
        ["h4"] = "margin:16px 0 8px 0;",
        ["h5"] = "margin:16px 0 8px 0;",
        ["h6"] = "margin:16px 0 8px 0;",
        ["a"] = "color:#0b57d0;text-decoration:underline;",
        ["ul"] = "padding:0 0 0 24px;",
        ["ol"] = "padding:0 0 0 24px;",
        ["li"] = "margin:0 0 4px 0;",
        ["blockquote"] = "border-left:4px solid #d0d7de;",
        ["pre"] = "white-space:pre-wrap;",
        ["code"] = "background-color:#f6f8fa;",
        ["table"] = "border-collapse:collapse;",
        ["th"] = "font-weight:bold;",
        ["td"] = "padding:6px 10px;",
        ["hr"] = "border-top:1px solid #d0d7de;",
        ["img"] = "max-width:100%;",
        ["sup"] = "vertical-align:super;",
        ["div"] = "color:#57606a;",
    };

    private readonly MarkdownRenderer markdown = new();

    [Fact]
    public void CodeInABlockTakesTheBlocksLookAndInlineCodeItsOwn()
    {
        var html = Body("```\ndotnet test\n```\n\nLancez `dotnet test`.");

        Assert.Contains(
            "<pre style=\"margin:0 0 16px 0;padding:12px;background-color:#f6f8fa;font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;line-height:1.4;white-space:pre-wrap;\">"
            + "<code style=\"font-family:inherit;font-size:inherit;background-color:transparent;\">dotnet test\n</code></pre>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<code style=\"font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;background-color:#f6f8fa;\">dotnet test</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnsAlignmentWinsOverTheLeftDefault()
    {
        var html = Body("| Participants | Ville | Date |\n|---:|---|:-:|\n| 300 | Paris | samedi |");

        Assert.Contains("font-weight:bold;text-align:right;\">Participants</th>", html, StringComparison.Ordinal);
        Assert.Contains("font-size:15px;text-align:right;\">300</td>", html, StringComparison.Ordinal);
        Assert.Contains("font-size:15px;text-align:left;\">Paris</td>", html, StringComparison.Ordinal);
        Assert.Contains("font-size:15px;text-align:center;\">samedi</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAlignmentStillPadsThePlainTextColumns()
    {
        var rendered = markdown.Render("| Ville | Participants |\n|:---|---:|\n| Lyon | 8 |", "en", EmailStyles.Instance);

        Assert.Equal("Ville | Participants\n------|-------------\nLyon  |            8", rendered.Text);
    }

    [Fact]
    public void FootnotesReadSmallerThanTheText()
    {
        var html = Body("Texte[^1]\n\n[^1]: Note\n\n    - point");

        Assert.Contains("font-size:16px;line-height:1.5;\">Texte", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"footnotes\" style=\"margin:24px 0 0 0;font-size:14px;color:#57606a;\">", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:1\" style=\"margin:0 0 4px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;\">", html, StringComparison.Ordinal);
        Assert.Contains("font-size:14px;line-height:1.5;\">Note", html, StringComparison.Ordinal);
        Assert.Contains("font-size:14px;line-height:1.5;\">point", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryElementOfTheSheetGetsItsStyle()
    {
        var elements = new HtmlParser().ParseDocument(Body(EveryElement)).Body!.Descendants<IElement>().ToList();

        Assert.Equal(Distinctive.Keys.Order(), elements.Select(e => e.LocalName).Where(Distinctive.ContainsKey).Distinct().Order());
        Assert.All(elements, element =>
        {
            var style = element.GetAttribute("style");
            if (!Distinctive.TryGetValue(element.LocalName, out var declaration))
            {
                Assert.True(style is null, $"<{element.LocalName}> is not in the sheet but has style \"{style}\"");
            }
            else if (element is { LocalName: "code", ParentElement.LocalName: "pre" })
            {
                Assert.Equal("font-family:inherit;font-size:inherit;background-color:transparent;", style);
            }
            else
            {
                Assert.True(style?.Contains(declaration, StringComparison.Ordinal), $"<{element.LocalName} style=\"{style}\"> lacks {declaration}");
            }
        });
    }

    [Fact]
    public void NoElementOfAStatementEmailCarriesTwoStyleAttributes()
    {
        var renderer = new StatementRenderer(markdown, Options.Create(new MailOptions()));
        var email = renderer.Render(new RenderRequest(StatementDocument.Parse("---\ntitle: Titre\nembargo: 2026-12-03 10:00\n---\n" + EveryElement), "-unsubscribeUrl-", ShowEmbargoLine: true)).Html;

        // An HTML parser keeps the first of two attributes and drops the second: count them in the markup.
        var tags = StartTag().Matches(email).Select(m => m.Value).ToList();
        Assert.True(tags.Count > 50);
        Assert.All(tags, tag => Assert.True(StyleAttribute().Count(tag) <= 1, tag));
    }

    private string Body(string text) => markdown.Render(text, "en", EmailStyles.Instance).Html;

    [GeneratedRegex("<[a-z][^>]*>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\sstyle=")]
    private static partial Regex StyleAttribute();
}
