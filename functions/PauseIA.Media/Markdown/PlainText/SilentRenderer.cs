using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>For metadata that is never text: front matter, link reference definitions.</summary>
internal sealed class SilentRenderer<TObject> : PlainTextObjectRenderer<TObject>
    where TObject : MarkdownObject
{
    protected override void Write(PlainTextRenderer renderer, TObject obj)
    {
    }
}
