using System.Collections.Concurrent;
using System.Globalization;
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
public sealed class MarkdownRenderer
{
    /// <summary>Longer Markdown is refused with <c>DomainException.TooLarge</c>.</summary>
    public const int MaxMarkdownLength = SafeMarkdownPipeline.MaxLength;

    private readonly RendererPool<SafeHtmlRenderer> html = new(() => new SafeHtmlRenderer(style: null));

    private readonly ConcurrentDictionary<IHtmlStyle, RendererPool<SafeHtmlRenderer>> styledHtml = new();

    private readonly RendererPool<PlainTextRenderer> text = new(() => new PlainTextRenderer(new StringWriter(CultureInfo.InvariantCulture)));

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
        var (plainText, firstHeading) = text.Use(renderer =>
        {
            var written = renderer.Write(document);
            return (written, FirstHeading(document) is { } heading ? renderer.TextOf(heading.Inline) : null);
        });

        // After the plain text: a style may change what only the HTML shows.
        return new RenderedMarkdown(WriteHtml(document, style), plainText, string.IsNullOrWhiteSpace(firstHeading) ? null : firstHeading);
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

    private string WriteHtml(MarkdownDocument document, IHtmlStyle? style)
    {
        if (style is null)
        {
            return html.Use(renderer => renderer.Write(document));
        }

        style.Apply(document);
        return styledHtml.GetOrAdd(style, key => new RendererPool<SafeHtmlRenderer>(() => new SafeHtmlRenderer(key))).Use(renderer => renderer.Write(document));
    }

    private static HeadingBlock? FirstHeading(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if ((block as HeadingBlock ?? (block is ContainerBlock inner ? FirstHeading(inner) : null)) is { } heading)
            {
                return heading;
            }
        }

        return null;
    }

    private string WritePlainText(MarkdownDocument document) => text.Use(renderer => renderer.Write(document));
}
