using Markdig.Renderers;
using Markdig.Syntax;

namespace PauseIA.Media.Markdown;

/// <summary>
/// A look written into the HTML as Markdig renders it (a mail client's inline styles), so that its
/// output is never parsed again.
/// </summary>
internal interface IHtmlStyle
{
    /// <summary>
    /// Puts attributes on the tree, as Markdig's <c>HtmlAttributes</c> that its renderers write. Called after <see cref="MarkdownAllowList"/>
    /// and after the plain text is written, so it may change what only the HTML shows.
    /// </summary>
    void Apply(MarkdownDocument document);

    /// <summary>Replaces the renderers of the markup that Markdig writes without a node's attributes.</summary>
    void Setup(HtmlRenderer renderer);
}
