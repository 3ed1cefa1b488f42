using Markdig.Renderers;
using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

internal abstract class PlainTextObjectRenderer<TObject> : MarkdownObjectRenderer<PlainTextRenderer, TObject>
    where TObject : MarkdownObject;
