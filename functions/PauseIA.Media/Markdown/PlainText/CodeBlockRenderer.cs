using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>Code as written, indented by four spaces so it stands apart from the prose.</summary>
internal sealed class CodeBlockRenderer : PlainTextObjectRenderer<CodeBlock>
{
    protected override void Write(PlainTextRenderer renderer, CodeBlock obj)
    {
        renderer.PushIndent("    ");
        var lines = obj.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            renderer.Write(lines.Lines[i].Slice);
            renderer.WriteLine();
        }

        renderer.PopIndent();
        renderer.EndBlock(obj);
    }
}
