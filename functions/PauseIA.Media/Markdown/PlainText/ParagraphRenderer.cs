using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class ParagraphRenderer : PlainTextObjectRenderer<ParagraphBlock>
{
    protected override void Write(PlainTextRenderer renderer, ParagraphBlock obj)
    {
        renderer.WriteLeafInline(obj);
        renderer.EndBlock(obj);
    }
}
