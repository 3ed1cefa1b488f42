using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// The notes at the end, in the markup of Markdig's <see cref="HtmlFootnoteGroupRenderer"/>, which
/// writes its <c>div</c>, <c>hr</c>, <c>ol</c> and <c>li</c> without attributes; here each has its style.
/// </summary>
internal sealed class EmailFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\" style=\"" + EmailStyles.Footnotes + "\">");
        renderer.WriteLine("<hr style=\"" + EmailStyles.Rule + "\" />");
        renderer.WriteLine("<ol style=\"" + EmailStyles.List + "\">");
        foreach (var footnote in obj.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"fn:{footnote.Order}\" style=\"{EmailStyles.FootnoteItem}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
