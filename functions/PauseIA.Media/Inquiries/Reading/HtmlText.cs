using System.Text;
using MimeKit.Text;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Turns an HTML mail body into the text a reader sees: block elements break lines, scripts and
/// styles vanish, and quoted blocks (<c>&lt;blockquote&gt;</c>) come out prefixed with <c>&gt;</c>
/// so that they are dropped as quotes, as in a plain-text reply.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<HtmlTagId> LineBreaking =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL,
        HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.HR, HtmlTagId.BlockQuote,
        HtmlTagId.Pre, HtmlTagId.Address,
    ];

    private static readonly HashSet<HtmlTagId> Invisible = [HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title];

    public static bool LooksLikeHtml(string text) =>
        text.Contains('<', StringComparison.Ordinal)
        && Markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] Markers = ["<html", "<body", "<p>", "<p ", "<br", "<div", "<table", "<span", "<blockquote"];

    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var line = new StringBuilder();
        var quoteDepth = 0;
        var hidden = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));

        // A block ends the line it is on; <br> always breaks (so <br><br> leaves a blank line); a
        // paragraph is followed by a blank line, as in plain-text mail.
        void EndLine(bool always)
        {
            var content = line.ToString().Trim();
            if (content.Length > 0)
            {
                text.Append(new string('>', quoteDepth)).Append(quoteDepth > 0 ? " " : "").Append(content).Append('\n');
            }
            else if (always)
            {
                text.Append('\n');
            }

            line.Clear();
        }

        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Invisible.Contains(tag.Id):
                    hidden = tag.IsEndTag ? Math.Max(0, hidden - 1) : hidden + (tag.IsEmptyElement ? 0 : 1);
                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.Br:
                    EndLine(always: true);
                    break;
                case HtmlTagToken tag when LineBreaking.Contains(tag.Id):
                    EndLine(always: false);
                    if (tag.Id == HtmlTagId.P && text.Length > 0 && !EndsWithBlankLine(text))
                    {
                        text.Append('\n');
                    }

                    if (tag.Id == HtmlTagId.BlockQuote && !tag.IsEmptyElement)
                    {
                        quoteDepth = tag.IsEndTag ? Math.Max(0, quoteDepth - 1) : quoteDepth + 1;
                    }

                    break;
                case HtmlDataToken data when hidden == 0 && token.Kind == HtmlTokenKind.Data:
                    AppendCollapsed(line, data.Data);
                    break;
            }
        }

        EndLine(always: false);
        return text.ToString();
    }

    private static bool EndsWithBlankLine(StringBuilder text) => text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n';

    // HTML white space (including the source's line breaks) renders as one space.
    private static void AppendCollapsed(StringBuilder line, string data)
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
