using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class QuoteRenderer : PlainTextObjectRenderer<QuoteBlock>
{
    protected override void Write(PlainTextRenderer renderer, QuoteBlock obj)
    {
        renderer.PushIndent("> ");
        renderer.WriteChildren(obj);
        renderer.PopIndent();
        renderer.EndBlock(obj);
    }
}
