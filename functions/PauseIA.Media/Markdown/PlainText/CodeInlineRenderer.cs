using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class CodeInlineRenderer : PlainTextObjectRenderer<CodeInline>
{
    protected override void Write(PlainTextRenderer renderer, CodeInline obj) => renderer.Write(obj.Content);
}
