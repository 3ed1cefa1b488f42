using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>Setext style: the two top levels are underlined with <c>=</c> and <c>-</c>, as readers of plain-text mail expect.</summary>
internal sealed class HeadingRenderer : PlainTextObjectRenderer<HeadingBlock>
{
    protected override void Write(PlainTextRenderer renderer, HeadingBlock obj)
    {
        var text = renderer.TextOf(obj.Inline);
        renderer.Write(text);
        if (obj.Level <= 2)
        {
            renderer.WriteLine();
            renderer.Write(new string(obj.Level == 1 ? '=' : '-', Underline.Length(text)));
        }

        renderer.EndBlock(obj);
    }
}
