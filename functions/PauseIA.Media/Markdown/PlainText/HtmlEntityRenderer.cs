using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class HtmlEntityRenderer : PlainTextObjectRenderer<HtmlEntityInline>
{
    protected override void Write(PlainTextRenderer renderer, HtmlEntityInline obj) => renderer.Write(obj.Transcoded);
}
