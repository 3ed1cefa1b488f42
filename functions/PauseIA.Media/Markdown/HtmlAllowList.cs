using Ganss.Xss;

namespace PauseIA.Media.Markdown;

/// <summary>
/// The second belt: Markdig's output goes through HtmlSanitizer with an allow-list of exactly the
/// elements and attributes our pipeline writes. With raw HTML disabled and links filtered in the
/// tree this changes nothing; it is there so that a future extension or a Markdig bug still cannot
/// put script into a journalist's mailbox or the console. Configured once, then thread-safe.
/// </summary>
internal sealed class HtmlAllowList
{
    private static readonly string[] Tags =
    [
        "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "sup", "code", "pre",
        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "div",
    ];

    // id, class and href="#fn:1" carry the footnotes; style carries table alignment only.
    private static readonly string[] Attributes = ["href", "src", "alt", "title", "rel", "id", "class", "start", "style"];

    private readonly HtmlSanitizer sanitizer;

    public HtmlAllowList()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(Tags);
        options.AllowedAttributes.UnionWith(Attributes);
        options.AllowedCssProperties.Add("text-align");
        options.AllowedSchemes.UnionWith(["https", "http", "mailto"]);
        options.UriAttributes.UnionWith(["href", "src"]);
        sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.FilterUrl += (_, e) =>
        {
            var allowed = e.Tag.LocalName == "img"
                ? UrlAllowList.IsAllowedImage(e.OriginalUrl)
                : UrlAllowList.IsAllowedLink(e.OriginalUrl) || UrlAllowList.IsFootnoteAnchor(e.OriginalUrl);
            if (!allowed)
            {
                e.SanitizedUrl = null;
            }
        };
    }

    public string Clean(string html) => sanitizer.Sanitize(html);
}
