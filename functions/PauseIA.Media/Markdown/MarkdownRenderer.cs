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
/// anything else that shows Markdown). Parse with the shared pipeline, hold the tree to the
/// allow-list, apply French typography, render with Markdig's own renderers. Same input, same bytes.
/// A singleton: thread-safe.
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The injected renderer's contract.")]
public sealed class MarkdownRenderer
{
    // Links to outside sites must not hand them our reader (window.opener) nor the referring page.
    private const string LinkRel = "noopener noreferrer";

    /// <summary>Longer Markdown is refused with <c>DomainException.TooLarge</c>.</summary>
    public const int MaxMarkdownLength = SafeMarkdownPipeline.MaxLength;

    /// <summary>A safe HTML fragment; French typography when <paramref name="language"/> is French.</summary>
    public string ToHtml(string markdown, string language) => WriteHtml(Parse(markdown, language), style: null);

    /// <summary>Readable plain text: links as <c>text (url)</c>, lists with <c>- </c>, footnotes at the end.</summary>
    public string ToPlainText(string markdown, string language) => WritePlainText(Parse(markdown, language));

    /// <summary>Both renderings and the first heading, from a single parse.</summary>
    public RenderedMarkdown Render(string markdown, string language) => Render(markdown, language, style: null);

    /// <summary>As <see cref="Render(string, string)"/>, with <paramref name="style"/> written into the HTML.</summary>
    internal RenderedMarkdown Render(string markdown, string language, IHtmlStyle? style)
    {
        var document = Parse(markdown, language);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        var firstHeading = heading is null ? null : PlainTextRenderer.ToText(heading.Inline);
        var text = WritePlainText(document);
        return new RenderedMarkdown(WriteHtml(document, style), text, string.IsNullOrWhiteSpace(firstHeading) ? null : firstHeading);
    }

    /// <summary>French typography on a plain string (a title, a subject), the same rules as in the body.</summary>
    public static string Typeset(string text, string language) =>
        FrenchTypography.AppliesTo(language) ? FrenchTypography.Apply(text) : text;

    private static MarkdownDocument Parse(string markdown, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var document = SafeMarkdownPipeline.Parse(markdown);
        MarkdownAllowList.Apply(document);

        // Typography only rewrites the text of literals: the tree keeps the shape just checked.
        if (FrenchTypography.AppliesTo(language))
        {
            FrenchTypography.Apply(document);
        }

        return document;
    }

    private static string WriteHtml(MarkdownDocument document, IHtmlStyle? style)
    {
        style?.Apply(document);

        // "\n" whatever the platform, so the output is byte-identical on Windows and Linux.
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        SafeMarkdownPipeline.Instance.Setup(renderer);
        renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!.Rel = LinkRel;
        renderer.ObjectRenderers.FindExact<AutolinkInlineRenderer>()!.Rel = LinkRel;
        style?.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static string WritePlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new PlainTextRenderer(writer).Render(document);
        return PlainTextLayout.Tidy(writer.ToString());
    }
}
