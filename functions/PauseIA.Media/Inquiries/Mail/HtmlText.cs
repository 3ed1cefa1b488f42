using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// The text a reader sees in an HTML mail body, the one converter for every feature: blocks break
/// lines and paragraphs leave a blank line, <c>&lt;br&gt;</c> always breaks, list items start with
/// <c>- </c>, table cells are separated by a space, and scripts, styles and the head vanish. Quoted
/// blocks (<c>&lt;blockquote&gt;</c>) come out prefixed with <c>&gt;</c>, as in a plain-text reply, so
/// that the readers drop the quoted history of an HTML-only reply as they do a plain-text one.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "pre", "table", "tr", "ul", "ol",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "dl", "dt", "dd",
    };

    private static readonly string[] Markers = ["<html", "<body", "<p>", "<p ", "<br", "<div", "<table", "<span", "<blockquote"];

    /// <summary>Whether a body sent as text is really HTML (some clients do that), rather than text that mentions a tag.</summary>
    public static bool LooksLikeHtml(string text) =>
        text.Contains('<', StringComparison.Ordinal)
        && Markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text, with <c>\n</c> line ends, no blank line at either end and never two blank lines in a row.</summary>
    public static string ToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var writer = new TextWriter();
        writer.Write(document.Body ?? (INode)document);
        return writer.ToString();
    }

    private sealed class TextWriter
    {
        private readonly StringBuilder text = new();
        private readonly StringBuilder line = new();
        private int quoteDepth;

        public void Write(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        AppendCollapsed(t.Data);
                        break;
                    case IElement e when Invisible.Contains(e.LocalName):
                        break;
                    case IElement { LocalName: "br" }:
                        EndLine(always: true);
                        break;
                    case IElement { LocalName: "p" } e:
                        Paragraph(() => Write(e));
                        break;
                    case IElement { LocalName: "li" } e:
                        EndLine(always: false);
                        line.Append("- ");
                        Write(e);
                        EndLine(always: false);
                        break;
                    case IElement { LocalName: "blockquote" } e:
                        EndLine(always: false);
                        quoteDepth++;
                        Write(e);
                        EndLine(always: false);
                        quoteDepth--;
                        break;
                    case IElement { LocalName: "td" or "th" } e:
                        Write(e);
                        line.Append(' ');
                        break;
                    case IElement e when Blocks.Contains(e.LocalName):
                        EndLine(always: false);
                        Write(e);
                        EndLine(always: false);
                        break;
                    default:
                        Write(child);
                        break;
                }
            }
        }

        public override string ToString()
        {
            EndLine(always: false);
            return text.ToString().Trim('\n');
        }

        // A paragraph stands between blank lines, as in plain-text mail.
        private void Paragraph(Action content)
        {
            EndLine(always: false);
            BlankLine();
            content();
            EndLine(always: false);
            BlankLine();
        }

        private void BlankLine()
        {
            if (text.Length > 0 && !(text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n'))
            {
                text.Append('\n');
            }
        }

        // A block ends the line it is on; <br> always breaks, so <br><br> leaves a blank line (one at most).
        private void EndLine(bool always)
        {
            var content = line.ToString().Trim();
            line.Clear();
            if (content.Length > 0)
            {
                text.Append('>', quoteDepth).Append(quoteDepth > 0 ? " " : "").Append(content).Append('\n');
            }
            else if (always && !(text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n'))
            {
                text.Append('\n');
            }
        }

        // HTML white space (the source's line breaks included) shows as one space; no-break spaces are kept.
        private void AppendCollapsed(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')
                {
                    if (line.Length > 0 && line[^1] != ' ')
                    {
                        line.Append(' ');
                    }
                }
                else
                {
                    line.Append(c);
                }
            }
        }
    }
}
