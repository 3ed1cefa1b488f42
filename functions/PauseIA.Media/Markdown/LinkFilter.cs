using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown;

/// <summary>
/// Neutralises refused links and images in the syntax tree before anything is rendered, so the
/// HTML and the plain text agree: a refused link keeps its text, a refused image keeps its
/// alternative text, a refused autolink stays as literal text.
/// </summary>
internal static class LinkFilter
{
    public static void Apply(MarkdownDocument document)
    {
        // Materialised first: the tree is edited while walking it. Pre-order, so an image inside a
        // refused link is still visited after the link has been unwrapped.
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    // A dynamic URL is computed at render time and would bypass the check below.
                    link.GetDynamicUrl = null;
                    if (!(link.IsImage ? UrlAllowList.IsAllowedImage(link.Url) : UrlAllowList.IsAllowedLink(link.Url)))
                    {
                        Unwrap(link);
                    }

                    break;
                case AutolinkInline autolink when !UrlAllowList.IsAllowedLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
    }

    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }
}
