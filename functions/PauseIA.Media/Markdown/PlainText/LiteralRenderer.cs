using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class LiteralRenderer : PlainTextObjectRenderer<LiteralInline>
{
    protected override void Write(PlainTextRenderer renderer, LiteralInline obj) => renderer.Write(ref obj.Content);
}
