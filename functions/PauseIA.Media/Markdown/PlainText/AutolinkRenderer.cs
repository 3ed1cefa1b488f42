using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class AutolinkRenderer : PlainTextObjectRenderer<AutolinkInline>
{
    protected override void Write(PlainTextRenderer renderer, AutolinkInline obj) => renderer.Write(obj.Url);
}
