using Markdig.Extensions.Footnotes;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>The notes at the end, after a break, each as <c>[1] text</c> matching the <c>[1]</c> in the body.</summary>
internal sealed class FootnoteGroupRenderer : PlainTextObjectRenderer<FootnoteGroup>
{
    protected override void Write(PlainTextRenderer renderer, FootnoteGroup obj)
    {
        renderer.EnsureLine();
        renderer.Write(PlainTextRenderer.SectionBreak);
        renderer.WriteLine();
        renderer.WriteLine();
        foreach (var footnote in obj.OfType<Footnote>())
        {
            renderer.PushHangingIndent($"[{footnote.Order}] ");
            renderer.WriteChildren(footnote);
            renderer.PopIndent();
        }
    }
}
