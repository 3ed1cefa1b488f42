using Ganss.Xss;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Makes a journalist's HTML safe to show in the console: no script, no event handler, no form,
/// and nothing that loads from elsewhere. Images are removed rather than proxied: remote images in
/// mail are mostly tracking pixels, and inline (cid:) images are listed as attachments anyway.
/// Inline styles go too, since CSS can load URLs. Links open outside the console without a referrer.
/// </summary>
public sealed class InboundHtml
{
    private readonly HtmlSanitizer sanitizer = Create();

    public string Sanitize(string html) => sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "img", "picture", "source", "video", "audio", "track", "form", "input", "button", "select", "textarea", "style" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in new[] { "style", "background", "src", "srcset", "poster", "action", "formaction", "class", "id" })
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("target");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("target", "_blank");
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
