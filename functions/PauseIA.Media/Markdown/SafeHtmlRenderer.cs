using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace PauseIA.Media.Markdown;

/// <summary>
/// Markdig's HTML renderer as the safe pipeline sets it up, with a style, writing to its own buffer
/// so that it can be reused (<see cref="RendererPool{TRenderer}"/>).
/// </summary>
internal sealed class SafeHtmlRenderer : HtmlRenderer
{
    // Links to outside sites must not hand them our reader (window.opener) nor the referring page.
    private const string LinkRel = "noopener noreferrer";

    public SafeHtmlRenderer(IHtmlStyle? style)
        // "\n" whatever the platform, so the output is byte-identical on Windows and Linux.
        : base(new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" })
    {
        SafeMarkdownPipeline.Instance.Setup(this);
        ObjectRenderers.FindExact<LinkInlineRenderer>()!.Rel = LinkRel;
        ObjectRenderers.FindExact<AutolinkInlineRenderer>()!.Rel = LinkRel;
        style?.Setup(this);
    }

    /// <summary>The HTML of a tree that has passed <see cref="MarkdownAllowList"/>.</summary>
    public string Write(MarkdownDocument document)
    {
        Reset();
        Render(document);
        return Writer.ToString()!;
    }
}
