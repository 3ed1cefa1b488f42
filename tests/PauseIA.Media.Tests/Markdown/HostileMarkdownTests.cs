using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

/// <summary>Markdown written to attack the reader: none of it may come out as HTML that runs.</summary>
public sealed class HostileMarkdownTests
{
    private readonly MarkdownRenderer renderer = new();

    public static TheoryData<string> Hostile => new()
    {
        // Raw HTML, block and inline.
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "Texte <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "Texte <img src=x onerror=alert(1)> inline",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div onmouseover=\"alert(1)\">survol</div>",
        "<div>\n\n*markdown in html block*\n\n</div>",
        "<a href=\"javascript:alert(1)\">lien brut</a>",
        "Un <a href=\"javascript:alert(1)\">lien brut</a> inline",
        "<svg onload=alert(1)>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<!-- commentaire --><script>alert(1)</script>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "Texte <b onclick=\"alert(1)\">gras</b> inline",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<base href=\"javascript:alert(1)//\">",
        "<textarea><script>alert(1)</script></textarea>",
        "\0<script>alert(1)</script>",
        "*<script>alert(1)</script>*",
        "[<img src=x onerror=alert(1)>](https://pauseia.fr)",
        "```html\n<script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        // javascript: links in every spelling.
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#0000106;&#0000097;vascript:alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<javascript :alert(1)>)",
        "[x](<javascript&#9;:alert(1)>)",
        "[x]( javascript:alert(1))",
        "[x](\u0001javascript:alert(1))",
        "[x](\u00A0javascript:alert(1))",
        "[x](javascript://%0Aalert(1))",
        "[x](javascript:alert(1) \"titre\")",
        // Other dangerous schemes, and addresses with no meaning in an email.
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/x)",
        "[x](/relatif)",
        "[x](#ancre)",
        "[x](?q=1)",
        "[x](https:javascript:alert(1))",
        "[x](https:/evil.example)",
        // Titles and addresses that try to break out of the attribute.
        "[x](https://pauseia.fr \"a\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://pauseia.fr 'x\" onclick=\"alert(1)')",
        "[x](https://pauseia.fr/\"onmouseover=\"alert(1))",
        "[x](<https://pauseia.fr/\" onmouseover=\"alert(1)>)",
        "[**x**](https://pauseia.fr \"*gras* <script>alert(1)</script>\")",
        // Reference definitions.
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[r]\n\n[r]: <javascript:alert(1)>",
        "[x][r]\n\n[r]: &#x6A;avascript:alert(1) \"titre\"",
        "[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>",
        "![x][r]\n\n[r]: javascript:alert(1)",
        // Images.
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](http://insecure.example/x.png)",
        "![x](https://pauseia.fr/x.png \"\\\" onerror=\\\"alert(1)\")",
        "![x\" onerror=\"alert(1)](https://pauseia.fr/x.png)",
        "[![x](javascript:alert(1))](javascript:alert(2))",
        "[![x](https://pauseia.fr/x.png)](javascript:alert(2))",
        // Autolinks.
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<data:text/html,xss>",
        "<vbscript:msgbox(1)>",
        "<mailto:x@example.org?body=<script>alert(1)</script>>",
        "javascript:alert(1)",
        "www.example.org/\"onmouseover=\"alert(1)",
        "https://example.org/<script>alert(1)</script>",
        // Extensions: footnotes, tables, attributes that are not enabled.
        "Note[^1]\n\n[^1]: [x](javascript:alert(1)) <script>alert(1)</script>",
        "| a |\n|---|\n| [x](javascript:alert(1)) <img src=x onerror=alert(1)> |",
        "# Titre {onclick=alert(1)}",
        "[x](https://pauseia.fr){onclick=alert(1)}",
        "- [ ] <input onfocus=alert(1) autofocus>",
        "---\ntitle: <script>alert(1)</script>\n---\n<script>alert(2)</script>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileMarkdownProducesNoExecutableHtml(string markdown)
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var html = renderer.ToHtml(markdown, language);

            Assert.Empty(HtmlSafety.ProblemsInFragment(html));
        }
    }

    [Theory]
    [InlineData("[texte du lien](javascript:alert(1))", "texte du lien")]
    [InlineData("[texte du lien](/relatif)", "texte du lien")]
    [InlineData("[texte du lien][r]\n\n[r]: vbscript:x", "texte du lien")]
    [InlineData("![description de l'image](http://insecure.example/x.png)", "description")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void ARefusedLinkKeepsItsTextWithoutTheLink(string markdown, string text)
    {
        var html = renderer.ToHtml(markdown, "en");

        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedLinkLeavesNoAddressInThePlainText()
    {
        var text = renderer.ToPlainText("Voir [le site](javascript:alert(1)) et ![logo](data:image/png;base64,AAAA).", "en");

        Assert.Equal("Voir le site et logo.", text);
    }

    [Fact]
    public void RawHtmlIsShownAsTextNotDropped()
    {
        var html = renderer.ToHtml("Avant <b>gras</b> après", "en");

        Assert.Equal("<p>Avant &lt;b&gt;gras&lt;/b&gt; après</p>\n", html);
    }

    [Theory]
    [InlineData("[site](https://pauseia.fr/a?b=1&c=2)", "<a href=\"https://pauseia.fr/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">site</a>")]
    [InlineData("[site](HTTP://pauseia.fr)", "<a href=\"HTTP://pauseia.fr\" rel=\"noopener noreferrer\">site</a>")]
    [InlineData("[écrire](mailto:presse@pauseia.fr)", "<a href=\"mailto:presse@pauseia.fr\" rel=\"noopener noreferrer\">écrire</a>")]
    [InlineData("<https://pauseia.fr>", "<a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">https://pauseia.fr</a>")]
    [InlineData("<presse@pauseia.fr>", "<a href=\"mailto:presse@pauseia.fr\">presse@pauseia.fr</a>")]
    [InlineData("www.pauseia.fr", "<a href=\"https://www.pauseia.fr\" rel=\"noopener noreferrer\">www.pauseia.fr</a>")]
    [InlineData("![logo](https://pauseia.fr/logo.png)", "<img src=\"https://pauseia.fr/logo.png\" alt=\"logo\" />")]
    public void AllowedLinksAndImagesAreKeptWithNoOpenerOnLinks(string markdown, string expected)
    {
        Assert.Equal($"<p>{expected}</p>\n", renderer.ToHtml(markdown, "en"));
    }
}
