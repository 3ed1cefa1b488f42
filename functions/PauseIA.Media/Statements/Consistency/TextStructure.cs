using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// One language version read through the same Markdig pipeline as the email: its units of text in
/// order (the title first), and the counts a translation should keep.
/// </summary>
internal sealed record TextStructure(string Language, IReadOnlyList<TextUnit> Units, int Headings, int Paragraphs, int ListItems, int Links)
{
    /// <summary>The body's units, without the title, in the order a reader meets them.</summary>
    public IEnumerable<TextUnit> Blocks => Units.Where(u => u.Block != "title");

    public static TextStructure Read(LanguageVersion version)
    {
        var body = version.Document.Body;

        // Markdig counts lines from the body; the author and the diff count them from the top of what was saved.
        var offset = version.Markdown.EndsWith(body, StringComparison.Ordinal) ? version.Markdown[..^body.Length].Count(c => c == '\n') : 0;
        var reader = new Reader(offset);
        if (version.Document.Title is { } title)
        {
            reader.Units.Add(new TextUnit(0, "title", 1, null, title, [], IsHeadline: true));
        }

        reader.Visit(SafeMarkdownPipeline.Parse(body));
        return new TextStructure(version.Language, reader.Units, reader.Headings, reader.Paragraphs, reader.ListItems, reader.LinkCount);
    }

    private sealed class Reader(int lineOffset)
    {
        public List<TextUnit> Units { get; } = [];

        public int Headings { get; private set; }

        public int Paragraphs { get; private set; }

        public int ListItems { get; private set; }

        public int LinkCount { get; private set; }

        public void Visit(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add("heading", ++Headings, heading, isHeadline: true);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is ListItemBlock:
                    Add("listItem", ListItems, paragraph, isHeadline: false);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is TableCell:
                    Add("tableCell", Units.Count(u => u.Block == "tableCell") + 1, paragraph, isHeadline: false);
                    break;
                case ParagraphBlock paragraph:
                    Add("paragraph", ++Paragraphs, paragraph, isHeadline: false);
                    break;
                case CodeBlock:
                    // Verbatim text (and the front matter): nothing to translate, nothing to compare.
                    break;
                case ContainerBlock container:
                    if (container is ListItemBlock)
                    {
                        ListItems++;
                    }

                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        private void Add(string kind, int index, LeafBlock block, bool isHeadline)
        {
            var text = new StringBuilder();
            var links = new List<string>();
            Write(block.Inline, text, links);
            Units.Add(new TextUnit(Units.Count, kind, index, block.Line + 1 + lineOffset, Squeeze(text), links, isHeadline));
        }

        private void Write(ContainerInline? container, StringBuilder text, List<string> links)
        {
            for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case HtmlEntityInline entity:
                        text.Append(entity.Transcoded.ToString());
                        break;
                    case AutolinkInline autolink:
                        LinkCount++;
                        links.Add(autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url);
                        text.Append(' ');
                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline link:
                        LinkCount++;
                        links.Add(link.Url ?? "");
                        if (link.IsAutoLink)
                        {
                            // Its text is its address, compared as a link, not as words and numbers.
                            text.Append(' ');
                        }
                        else
                        {
                            Write(link, text, links);
                        }

                        break;
                    case ContainerInline inner:
                        Write(inner, text, links);
                        break;
                    default:
                        // Line breaks, code spans (verbatim), footnote calls.
                        text.Append(' ');
                        break;
                }
            }
        }

        private static string Squeeze(StringBuilder text) =>
            string.Join(' ', text.ToString().Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
