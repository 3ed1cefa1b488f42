using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>
/// <c>text (url)</c>, or the address alone when the text already is the address (bare links,
/// <c>[presse@pauseia.fr](mailto:presse@pauseia.fr)</c>). Images read as their description and address.
/// </summary>
internal sealed class LinkRenderer : PlainTextObjectRenderer<LinkInline>
{
    protected override void Write(PlainTextRenderer renderer, LinkInline obj)
    {
        var text = renderer.TextOf(obj);
        var url = obj.Url ?? string.Empty;
        if (text.Length == 0)
        {
            renderer.Write(url);
        }
        else if (obj.IsAutoLink || IsSameAddress(text, url))
        {
            renderer.Write(text);
        }
        else
        {
            renderer.Write(text).Write(" (").Write(url).Write(')');
        }
    }

    private static bool IsSameAddress(string text, string url) =>
        string.Equals(text, url, StringComparison.OrdinalIgnoreCase)
        || string.Equals("mailto:" + text, url, StringComparison.OrdinalIgnoreCase);
}
