using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// The look of the body, on each element as an inline <c>style</c>: many mail clients drop
/// <c>&lt;style&gt;</c> blocks and class rules, none drop inline styles. Each node of the allowed tree
/// gets its element's style before Markdig writes it, so the HTML is written once and never parsed
/// again.
/// </summary>
/// <remarks>
/// Until issue 11 PreMailer inlined a style sheet into the rendered fragment, re-parsing Markdig's
/// output with AngleSharp: 1.4 ms for the 2,000-word benchmark statement's body, when Markdig parses
/// and renders the whole text in 55 µs. This pass, with the longer HTML it makes, costs about 10 µs
/// (README, "Performance"). The rules are those of the sheet PreMailer inlined, with the same
/// precedence: inside the footnotes, paragraphs and items are smaller; a column's alignment wins over
/// the cells' left default.
/// </remarks>
internal sealed class EmailStyles : IHtmlStyle
{
    public const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public const string TextColor = "color:#1f2328;";

    public const string Link = "color:#0b57d0;text-decoration:underline;";

    public const string Superscript = "font-size:75%;line-height:0;vertical-align:super;";

    public const string List = "margin:0 0 16px 0;padding:0 0 0 24px;";

    public const string Rule = $"margin:24px 0;border:0;border-top:{Border};";

    public const string Footnotes = "margin:24px 0 0 0;font-size:14px;color:#57606a;";

    public const string FootnoteItem = $"margin:0 0 4px 0;{Font}font-size:14px;line-height:1.5;";

    public const string Pre = $"margin:0 0 16px 0;padding:12px;background-color:#f6f8fa;{Mono}line-height:1.4;white-space:pre-wrap;";

    /// <summary>Code in a block takes the block's font, not inline code's look.</summary>
    public const string PreCode = "font-family:inherit;font-size:inherit;background-color:transparent;";

    private const string Mono = "font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;";

    private const string Border = "1px solid #d0d7de";

    private const string Paragraph = $"margin:0 0 16px 0;{Font}font-size:16px;line-height:1.5;";

    private const string FootnoteParagraph = $"margin:0 0 16px 0;{Font}font-size:14px;line-height:1.5;";

    private const string Item = $"margin:0 0 4px 0;{Font}font-size:16px;line-height:1.5;";

    private const string Quote = "margin:0 0 16px 0;padding:0 0 0 16px;border-left:4px solid #d0d7de;color:#424a53;";

    private const string Code = $"{Mono}background-color:#f6f8fa;";

    private const string TableStyle = "margin:0 0 16px 0;border-collapse:collapse;";

    private const string HeaderCell = $"padding:6px 10px;border:{Border};background-color:#f6f8fa;{Font}font-size:15px;font-weight:bold;";

    private const string Cell = $"padding:6px 10px;border:{Border};{Font}font-size:15px;";

    private const string Image = "max-width:100%;height:auto;border:0;";

    private static readonly string[] Headings =
    [
        $"margin:24px 0 12px 0;{Font}font-size:24px;line-height:1.25;font-weight:bold;",
        $"margin:24px 0 12px 0;{Font}font-size:20px;line-height:1.25;font-weight:bold;",
        $"margin:20px 0 8px 0;{Font}font-size:18px;line-height:1.3;font-weight:bold;",
        $"margin:16px 0 8px 0;{Font}font-size:16px;line-height:1.3;font-weight:bold;",
    ];

    private EmailStyles()
    {
    }

    public static EmailStyles Instance { get; } = new();

    /// <remarks>The nodes of one style share one set of attributes, made for this document.</remarks>
    public void Apply(MarkdownDocument document) => StyleBlocks(document, inFootnotes: false, []);

    public void Setup(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new EmailCodeBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new EmailFootnoteGroupRenderer());
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new EmailFootnoteLinkRenderer());
    }

    private static void StyleBlocks(ContainerBlock container, bool inFootnotes, Dictionary<string, HtmlAttributes> styles)
    {
        foreach (var block in container)
        {
            var style = block switch
            {
                ParagraphBlock => inFootnotes ? FootnoteParagraph : Paragraph,
                HeadingBlock heading => Headings[Math.Clamp(heading.Level, 1, Headings.Length) - 1],
                ListBlock => List,
                ListItemBlock => inFootnotes ? FootnoteItem : Item,
                QuoteBlock => Quote,
                CodeBlock => Pre,
                ThematicBreakBlock => Rule,
                Table => TableStyle,
                _ => null,
            };
            if (style is not null)
            {
                Set(block, style, styles);
            }

            if (block is Table table)
            {
                StyleCells(table, styles);
            }

            if (block is ContainerBlock inner)
            {
                StyleBlocks(inner, inFootnotes || block is FootnoteGroup, styles);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                StyleInlines(inline, styles);
            }
        }
    }

    /// <summary>
    /// Markdig writes a column's alignment as the cell's own <c>style</c>: it becomes part of ours, and
    /// is then cleared from the table so that no cell carries two <c>style</c> attributes.
    /// </summary>
    private static void StyleCells(Table table, Dictionary<string, HtmlAttributes> styles)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                // The column Markdig's table renderer would take the alignment from.
                var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(i, columns.Count - 1);
                var align = column >= 0 ? columns[column].Alignment : null;
                var textAlign = align switch
                {
                    TableColumnAlign.Center => "text-align:center;",
                    TableColumnAlign.Right => "text-align:right;",
                    _ => "text-align:left;",
                };
                Set(cell, (row.IsHeader ? HeaderCell : Cell) + textAlign, styles);
            }
        }

        foreach (var column in columns)
        {
            column.Alignment = null;
        }
    }

    private static void StyleInlines(ContainerInline container, Dictionary<string, HtmlAttributes> styles)
    {
        foreach (var inline in container)
        {
            var style = inline switch
            {
                LinkInline { IsImage: true } => Image,
                LinkInline or AutolinkInline => Link,
                CodeInline => Code,
                EmphasisInline { DelimiterChar: '^' } => Superscript,
                _ => null,
            };
            if (style is not null)
            {
                Set(inline, style, styles);
            }

            if (inline is ContainerInline inner)
            {
                StyleInlines(inner, styles);
            }
        }
    }

    private static void Set(MarkdownObject node, string style, Dictionary<string, HtmlAttributes> styles)
    {
        if (!styles.TryGetValue(style, out var attributes))
        {
            attributes = new HtmlAttributes();
            attributes.AddProperty("style", style);
            styles.Add(style, attributes);
        }

        node.SetAttributes(attributes);
    }
}
