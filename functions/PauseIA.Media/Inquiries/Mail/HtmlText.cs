using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>The readable text of an HTML-only email: blocks become lines, scripts and styles disappear.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table", "tr", "ul", "ol",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "dl", "dt", "dd",
    };

    public static string ToPlainText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        return CollapseBlankLines(lines).Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\r', ' ').Replace('\n', ' '));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    text.Append('\n');
                    break;
                case IElement e when e.LocalName == "li":
                    text.Append("\n- ");
                    Append(e, text);
                    text.Append('\n');
                    break;
                case IElement e when e.LocalName is "td" or "th":
                    Append(e, text);
                    text.Append(' ');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append('\n');
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }

    private static string CollapseBlankLines(IEnumerable<string> lines)
    {
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString();
    }
}
