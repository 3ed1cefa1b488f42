using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class ContainerInlineRenderer : PlainTextObjectRenderer<ContainerInline>
{
    protected override void Write(PlainTextRenderer renderer, ContainerInline obj) => renderer.WriteChildren(obj);
}
