using System.Globalization;
using Markdig.Extensions.Footnotes;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class FootnoteLinkRenderer : PlainTextObjectRenderer<FootnoteLink>
{
    protected override void Write(PlainTextRenderer renderer, FootnoteLink obj)
    {
        // The HTML back-link (↩) has no use in plain text.
        if (!obj.IsBackLink)
        {
            renderer.Write(string.Create(CultureInfo.InvariantCulture, $"[{obj.Footnote.Order}]"));
        }
    }
}
