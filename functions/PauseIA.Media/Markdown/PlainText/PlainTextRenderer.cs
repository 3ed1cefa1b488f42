using System.Globalization;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>
/// Renders the syntax tree as the plain-text alternative of an email: links as <c>text (url)</c>,
/// lists with <c>- </c>, quotes with <c>&gt; </c>, footnotes at the end, no emphasis markers (the
/// text is meant to be read, and quoted by journalists, not re-parsed). Lines are not wrapped:
/// mail clients wrap plain text themselves, and hard wraps break addresses.
/// </summary>
internal sealed class PlainTextRenderer : TextRendererBase<PlainTextRenderer>
{
    public const string SectionBreak = "* * *";

    private PlainTextRenderer? nested;

    public PlainTextRenderer(TextWriter writer)
        : base(writer)
    {
        // Before the code block renderer: front matter is a code block to Markdig.
        ObjectRenderers.Add(new SilentRenderer<YamlFrontMatterBlock>());
        ObjectRenderers.Add(new SilentRenderer<LinkReferenceDefinitionGroup>());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new LiteralRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LinkRenderer());
        ObjectRenderers.Add(new AutolinkRenderer());
        ObjectRenderers.Add(new LineBreakRenderer());
        ObjectRenderers.Add(new HtmlEntityRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        // Emphasis, strikethrough, superscript and any other container: their text only.
        ObjectRenderers.Add(new ContainerInlineRenderer());
    }

    /// <summary>The plain text of a document, laid out (<see cref="PlainTextLayout.Tidy"/>); the renderer can then be reused.</summary>
    public string Write(MarkdownDocument document)
    {
        Reset();
        Render(document);
        return PlainTextLayout.Tidy(((StringWriter)Writer).GetStringBuilder());
    }

    /// <summary>
    /// The text of a block, or of an inline's content (a heading's, a link's), on its own: written by a
    /// second renderer kept for the purpose (a link in a heading nests a third), so that a statement's
    /// headings, links and cells do not each build one.
    /// </summary>
    public string TextOf(MarkdownObject? node) => (nested ??= new PlainTextRenderer(new StringWriter(CultureInfo.InvariantCulture))).Capture(node);

    /// <summary>
    /// Ends a block with a blank line, except between the paragraphs of a tight list item and at the
    /// end of a quote, list item or footnote, where the container puts its own.
    /// </summary>
    public void EndBlock(Block block)
    {
        EnsureLine();
        var parent = block.Parent;
        var tight = parent is ListItemBlock { Parent: ListBlock { IsLoose: false } };
        var lastInContainer = parent is not (null or MarkdownDocument) && ReferenceEquals(parent.LastChild, block);
        if (!tight && !lastInContainer)
        {
            WriteLine();
        }
    }

    private string Capture(MarkdownObject? node)
    {
        Reset();
        switch (node)
        {
            case ContainerInline inline:
                WriteChildren(inline);
                break;
            case not null:
                Render(node);
                break;
        }

        return Writer.ToString()!.Trim();
    }
}
