using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// A footnote's reference and its way back, in the markup of Markdig's <see cref="HtmlFootnoteLinkRenderer"/>,
/// which writes the link and its <c>sup</c> without attributes; here each has its style.
/// </summary>
internal sealed class EmailFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink obj)
    {
        var order = obj.Footnote.Order;
        renderer.Write(obj.IsBackLink
            ? $"<a href=\"#fnref:{obj.Index}\" class=\"footnote-back-ref\" style=\"{EmailStyles.Link}\">&#8617;</a>"
            : $"<a id=\"fnref:{obj.Index}\" href=\"#fn:{order}\" class=\"footnote-ref\" style=\"{EmailStyles.Link}\"><sup style=\"{EmailStyles.Superscript}\">{order}</sup></a>");
    }
}
