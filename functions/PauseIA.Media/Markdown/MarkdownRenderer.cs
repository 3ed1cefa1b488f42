using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using PauseIA.Media.Markdown.PlainText;
using PauseIA.Media.Markdown.Typography;

namespace PauseIA.Media.Markdown;

/// <summary>
/// The one way Markdown becomes HTML or text in this application (statement preview and send, and
/// anything else that shows Markdown). Parse with the shared pipeline, filter links in the tree,
/// apply French typography, render; the HTML then passes an allow-list sanitizer. Same input, same
/// bytes. A singleton: thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    // Links to outside sites must not hand them our reader (window.opener) nor the referring page.
    private const string LinkRel = "noopener noreferrer";

    /// <summary>Longer Markdown is refused with <c>DomainException.TooLarge</c>.</summary>
    public const int MaxMarkdownLength = SafeMarkdownPipeline.MaxLength;

    private readonly HtmlAllowList allowList = new();

    /// <summary>A safe HTML fragment; French typography when <paramref name="language"/> is French.</summary>
    public string ToHtml(string markdown, string language) => WriteHtml(Parse(markdown, language));

    /// <summary>Readable plain text: links as <c>text (url)</c>, lists with <c>- </c>, footnotes at the end.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected renderer's contract, beside ToHtml.")]
    public string ToPlainText(string markdown, string language) => WritePlainText(Parse(markdown, language));

    /// <summary>Both renderings and the first heading, from a single parse.</summary>
    public RenderedMarkdown Render(string markdown, string language)
    {
        var document = Parse(markdown, language);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        var firstHeading = heading is null ? null : PlainTextRenderer.ToText(heading.Inline);
        return new RenderedMarkdown(WriteHtml(document), WritePlainText(document), string.IsNullOrWhiteSpace(firstHeading) ? null : firstHeading);
    }

    /// <summary>French typography on a plain string (a title, a subject), the same rules as in the body.</summary>
    public static string Typeset(string text, string language) =>
        FrenchTypography.AppliesTo(language) ? FrenchTypography.Apply(text) : text;

    private static MarkdownDocument Parse(string markdown, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var document = SafeMarkdownPipeline.Parse(markdown);
        LinkFilter.Apply(document);
        if (FrenchTypography.AppliesTo(language))
        {
            FrenchTypography.Apply(document);
        }

        return document;
    }

    private string WriteHtml(MarkdownDocument document)
    {
        // "\n" whatever the platform, so the output is byte-identical on Windows and Linux.
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        SafeMarkdownPipeline.Instance.Setup(renderer);
        renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!.Rel = LinkRel;
        renderer.ObjectRenderers.FindExact<AutolinkInlineRenderer>()!.Rel = LinkRel;
        renderer.Render(document);
        return allowList.Clean(writer.ToString());
    }

    private static string WritePlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new PlainTextRenderer(writer).Render(document);
        return PlainTextLayout.Tidy(writer.ToString());
    }
}
