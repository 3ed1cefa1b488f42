using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown;

/// <summary>
/// What may reach the HTML, checked on Markdig's tree before anything is rendered, in one walk:
/// only the node types <see cref="SafeMarkdownPipeline"/> makes, each written by Markdig's own
/// renderers as markup we know; no attributes but those we put on afterwards; and every link and
/// image address through <see cref="UrlAllowList"/> (the only place addresses are checked). A refused
/// link keeps its text, a refused image its alternative text, a refused autolink stays literal text,
/// so the HTML and the plain text agree.
/// </summary>
internal static class MarkdownAllowList
{
    // Exact types, not "is": a subclass (an extension's MathBlock is a FencedCodeBlock, an AlertBlock a
    // QuoteBlock) comes with its own renderer and markup.
    private static readonly HashSet<Type> Blocks =
    [
        typeof(MarkdownDocument), typeof(ParagraphBlock), typeof(HeadingBlock), typeof(ListBlock), typeof(ListItemBlock),
        typeof(QuoteBlock), typeof(CodeBlock), typeof(FencedCodeBlock), typeof(ThematicBreakBlock),
        typeof(LinkReferenceDefinitionGroup), typeof(LinkReferenceDefinition),
        typeof(Table), typeof(TableRow), typeof(TableCell),
        typeof(FootnoteGroup), typeof(Footnote), typeof(FootnoteLinkReferenceDefinition),
        typeof(YamlFrontMatterBlock),
    ];

    private static readonly HashSet<Type> Inlines =
    [
        typeof(ContainerInline), typeof(LiteralInline), typeof(EmphasisInline), typeof(CodeInline), typeof(LinkInline),
        typeof(AutolinkInline), typeof(LineBreakInline), typeof(HtmlEntityInline), typeof(FootnoteLink),
        // Unmatched brackets and emphasis markers are left in the tree as delimiters; Markdig writes
        // them as escaped text.
        typeof(LinkDelimiterInline), typeof(EmphasisDelimiterInline), typeof(PipeTableDelimiterInline),
    ];

    /// <summary>Checks and cleans <paramref name="document"/> in place.</summary>
    /// <exception cref="InvalidOperationException">The tree holds a node type the allow-list does not know.</exception>
    public static void Apply(MarkdownDocument document) => Visit(document);

    private static void Visit(Block block)
    {
        Admit(block, Blocks);
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Admit(inline, Inlines);
                Visit(inline);
                break;
        }
    }

    private static void Visit(ContainerInline container)
    {
        // The next sibling is taken first: a refused link is replaced in the tree by its children.
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            Admit(child, Inlines);
            if (child is ContainerInline inner)
            {
                Visit(inner);
            }

            switch (child)
            {
                case LinkInline link:
                    // A dynamic URL is computed at render time, after this check.
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

            child = next;
        }
    }

    /// <remarks>
    /// An unknown node is refused, not dropped: it can only come from a change to the pipeline (an
    /// extension added, raw HTML enabled), never from an author's text, and dropping it would silently
    /// send journalists a statement missing a passage that the reviewers read in the Markdown. Refused,
    /// the preview fails at once and the tests name the type. Attributes are dropped, not refused: the
    /// core parser itself puts a <c>language-…</c> class on fenced code, and no attribute carries text.
    /// </remarks>
    private static void Admit(MarkdownObject node, HashSet<Type> allowed)
    {
        if (!allowed.Contains(node.GetType()))
        {
            throw new InvalidOperationException(
                $"The Markdown tree holds a {node.GetType().FullName}, which the HTML allow-list does not know: add it to {nameof(MarkdownAllowList)} once its HTML is known to be safe.");
        }

        if (node.TryGetAttributes() is not null)
        {
            node.RemoveData(typeof(HtmlAttributes));
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
