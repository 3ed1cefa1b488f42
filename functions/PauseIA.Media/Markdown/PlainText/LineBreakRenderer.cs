using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>A soft break is a space, as in HTML, so paragraphs are one line for the client to wrap.</summary>
internal sealed class LineBreakRenderer : PlainTextObjectRenderer<LineBreakInline>
{
    protected override void Write(PlainTextRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.WriteLine();
        }
        else
        {
            renderer.Write(' ');
        }
    }
}
