using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class ThematicBreakRenderer : PlainTextObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(PlainTextRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.Write(PlainTextRenderer.SectionBreak);
        renderer.EndBlock(obj);
    }
}
