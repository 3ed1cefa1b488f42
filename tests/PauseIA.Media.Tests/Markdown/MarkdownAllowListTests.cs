using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Syntax;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

/// <summary>
/// The allow-list on the tree on its own: given a tree from another pipeline (an extension added,
/// raw HTML enabled), nothing it does not know reaches Markdig's HTML renderer.
/// </summary>
public sealed class MarkdownAllowListTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>", "HtmlBlock")]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "HtmlBlock")]
    [InlineData("<iframe src=\"https://pauseia.fr\"></iframe>", "HtmlBlock")]
    [InlineData("<svg><g onload=\"alert(1)\"></g></svg>", "HtmlInline")]
    [InlineData("a<script>alert(1)</script>b", "HtmlInline")]
    public void RawHtmlIsRefusedWereItEverParsed(string markdown, string nodeType)
    {
        var document = Markdig.Markdown.Parse(markdown, SafePipeline().Build());

        var error = Assert.Throws<InvalidOperationException>(() => MarkdownAllowList.Apply(document));

        Assert.Contains(nodeType, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Extensions => new()
    {
        { "Mathematics", "$$\nx^2\n$$" },
        { "TaskLists", "- [ ] fait" },
        { "AlertBlocks", "> [!NOTE]\n> Attention" },
        { "CustomContainers", ":::avertissement\nTexte\n:::" },
        { "Abbreviations", "*[IA]: Intelligence artificielle\n\nIA" },
        { "DefinitionLists", "Terme\n:   Définition" },
        { "Figures", "^^^\n![x](https://pauseia.fr/x.png)\n^^^ Légende" },
        { "SmartyPants", "\"guillemets\"" },
        { "EmojiAndSmiley", "Bravo :smile:" },
    };

    [Theory]
    [MemberData(nameof(Extensions))]
    public void ANodeTypeFromAnotherExtensionIsRefusedBeforeAnythingIsWritten(string extension, string markdown)
    {
        var builder = SafePipeline().DisableHtml();
        _ = extension switch
        {
            "Mathematics" => builder.UseMathematics(),
            "TaskLists" => builder.UseTaskLists(),
            "AlertBlocks" => builder.UseAlertBlocks(),
            "CustomContainers" => builder.UseCustomContainers(),
            "Abbreviations" => builder.UseAbbreviations(),
            "DefinitionLists" => builder.UseDefinitionLists(),
            "Figures" => builder.UseFigures(),
            "SmartyPants" => builder.UseSmartyPants(),
            _ => builder.UseEmojiAndSmiley(),
        };
        var document = Markdig.Markdown.Parse(markdown, builder.Build());

        var error = Assert.Throws<InvalidOperationException>(() => MarkdownAllowList.Apply(document));

        Assert.Contains("allow-list does not know", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Titre {onclick=alert(1)}", "<h1>Titre</h1>\n")]
    [InlineData("Texte {style=\"color:red;background:url(javascript:alert(1))\"}", "<p>Texte </p>\n")]
    [InlineData("[x](https://pauseia.fr){onmouseover=alert(1) #ancre .classe}", "<p><a href=\"https://pauseia.fr\">x</a></p>\n")]
    [InlineData("![x](https://pauseia.fr/x.png){onerror=alert(1)}", "<p><img src=\"https://pauseia.fr/x.png\" alt=\"x\" /></p>\n")]
    [InlineData("```html {onclick=alert(1)}\n<b>\n```", "<pre><code>&lt;b&gt;\n</code></pre>\n")]
    public void AttributesSetByAnExtensionDoNotReachTheOutput(string markdown, string expected)
    {
        Assert.Equal(expected, RenderAllowed(markdown, SafePipeline().DisableHtml().UseGenericAttributes()));
    }

    [Theory]
    [InlineData("# Titre", "<h1>Titre</h1>\n")]
    [InlineData("> Citation\n\n| a |\n|---|\n| b |", "<blockquote>\n<p>Citation</p>\n</blockquote>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n")]
    public void ClassesAndIdsAddedToKnownNodesAreDropped(string markdown, string expected)
    {
        Assert.Equal(expected, RenderAllowed(markdown, SafePipeline().DisableHtml().UseAutoIdentifiers().UseBootstrap()));
    }

    [Fact]
    public void TheCoreParsersLanguageClassOnFencedCodeIsDropped()
    {
        Assert.Equal("<pre><code>x\n</code></pre>\n", renderer.ToHtml("```js\nx\n```", "en"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "<p>x</p>\n")]
    [InlineData("[x](/relatif)", "<p>x</p>\n")]
    [InlineData("[x](//evil.example)", "<p>x</p>\n")]
    [InlineData("[x](#ancre)", "<p>x</p>\n")]
    [InlineData("![x](http://insecure.example/x.png)", "<p>x</p>\n")]
    [InlineData("![x](data:image/png;base64,AAAA)", "<p>x</p>\n")]
    [InlineData("[![x](data:image/png;base64,AAAA)](javascript:alert(1)) fin", "<p>x fin</p>\n")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n")]
    public void ARefusedAddressLeavesItsTextAndNoLink(string markdown, string expected)
    {
        Assert.Equal(expected, renderer.ToHtml(markdown, "en"));
    }

    [Fact]
    public void ARefusedLinkInsideARefusedImageLeavesAllOfItsText()
    {
        // The link filter before this one lost the text after the link, and left its address in the plain text.
        var rendered = renderer.Render("![a [x](javascript:alert(1)) b](javascript:alert(2)) c", "en");

        Assert.Equal("<p>a x b c</p>\n", rendered.Html);
        Assert.Equal("a x b c", rendered.Text);
    }

    [Theory]
    [InlineData("[x](https://pauseia.fr \"t\")", "<p><a href=\"https://pauseia.fr\" title=\"t\" rel=\"noopener noreferrer\">x</a></p>\n")]
    [InlineData("[x](mailto:presse@pauseia.fr)", "<p><a href=\"mailto:presse@pauseia.fr\" rel=\"noopener noreferrer\">x</a></p>\n")]
    [InlineData("x[^1]\n\n[^1]: n", "<p>x<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a></p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>n<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n")]
    [InlineData("![x](https://pauseia.fr/x.png)", "<p><img src=\"https://pauseia.fr/x.png\" alt=\"x\" /></p>\n")]
    [InlineData("3. ~~a~~ **b** *c* `d` 1^er^", "<ol start=\"3\">\n<li><del>a</del> <strong>b</strong> <em>c</em> <code>d</code> 1<sup>er</sup></li>\n</ol>\n")]
    public void WhatThePipelineMakesIsWrittenByMarkdig(string markdown, string expected)
    {
        Assert.Equal(expected, renderer.ToHtml(markdown, "en"));
    }

    [Fact]
    public void EveryNodeTheSafePipelineMakesIsAdmitted()
    {
        // Any mix of the syntax an author can type: a missing type would fail an author's preview.
        string[] pieces =
        [
            "*", "**", "_", "~~", "~", "^", "[", "]", "(", ")", "![", "[^1]", "\n[^1]: ", "|", "\n|---|\n", ":--", "\n", "\n\n", "> ",
            "- ", "1. ", "```", "    ", "`", "<", ">", "https://pauseia.fr", "www.pauseia.fr", "presse@pauseia.fr", "&amp;", "&#65;",
            "\\", "\n---\n", "# ", "mot ", " ", "\n[r]: https://pauseia.fr/r", "[r]", "<https://pauseia.fr>", "\"t\"", "<b>", "\n===\n", "\t",
        ];
        var random = new Random(11);
        for (var i = 0; i < 3_000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var exception = Record.Exception(() => renderer.Render(markdown, "fr"));

            Assert.True(exception is null, $"{exception?.Message} in {markdown}");
        }
    }

    private static MarkdownPipelineBuilder SafePipeline() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseYamlFrontMatter()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Superscript);

    /// <summary>The tree of <paramref name="builder"/>'s pipeline through the allow-list, written by that pipeline's own renderers.</summary>
    private static string RenderAllowed(string markdown, MarkdownPipelineBuilder builder)
    {
        var pipeline = builder.Build();
        MarkdownDocument document = Markdig.Markdown.Parse(markdown, pipeline);
        MarkdownAllowList.Apply(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var html = new HtmlRenderer(writer);
        pipeline.Setup(html);
        html.Render(document);
        return writer.ToString();
    }
}
