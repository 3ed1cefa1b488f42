using System.Net;

namespace PauseIA.Media.Markdown;

// TEMP stand-in: the rendering helper's MarkdownRenderer replaces this file.
#pragma warning disable CA1822 // instance methods, as in the real contract
public sealed class MarkdownRenderer
{
    public string ToHtml(string markdown, string language) => $"<pre lang=\"{WebUtility.HtmlEncode(language)}\">{WebUtility.HtmlEncode(markdown)}</pre>";

    public string ToPlainText(string markdown, string language) => markdown;
}
