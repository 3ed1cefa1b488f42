using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PauseIA.Media.Common;

namespace PauseIA.Media.Markdown;

/// <summary>
/// The one Markdig pipeline of the application, shared by preview and send so that both read a
/// statement the same way. A pipeline is immutable and thread-safe once built.
/// </summary>
internal static class SafeMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = Create();

    /// <summary>
    /// Far beyond any press statement (about 15,000 words), and low enough that a pathological
    /// text cannot hold the renderer for long.
    /// </summary>
    public const int MaxLength = 100_000;

    // Well under the 128 at which Markdig's renderers give up; a statement rarely nests past 5.
    private const int MaxDepth = 64;

    /// <summary>Parses with the shared pipeline; an oversize or absurdly nested text is the author's error, not ours.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length > MaxLength)
        {
            throw DomainException.TooLarge(
                $"Le texte dépasse {MaxLength} caractères. / The text is longer than {MaxLength} characters.");
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Instance);
        }
        catch (ArgumentException)
        {
            // Markdig's parser guard against deep block nesting, the only ArgumentException it
            // throws for a non-null text.
            throw TooDeeplyNested();
        }

        // Markdig's renderers stop at a nesting depth of 128 with an exception; refuse such a
        // tree here, with a message, rather than fail half-way through rendering.
        return IsDeeperThan(document, MaxDepth) ? throw TooDeeplyNested() : document;
    }

    private static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            // Raw HTML (blocks and inline) is kept as escaped text: an author can never inject markup.
            .DisableHtml()
            .UsePipeTables()
            .UseFootnotes()
            // Front matter is metadata (title, language, embargo…), never body text.
            .UseYamlFrontMatter()
            // Strikethrough (~~…~~) and superscript (XXI^e^ siècle, 1^er^) only: single ~ is common
            // in prose (« ~20 % ») and must stay literal. Deliberately no generic attributes ({onclick=…}),
            // no task lists (<input>), no media embeds, no raw-HTML extensions.
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Superscript);

        // Bare addresses (UseAutoLinks' parser, first as it puts itself) are looked for only where one
        // the allow-list keeps can start (http, https, www., mailto:), not at every t and f of the prose
        // for tel: and ftp:, which it refuses: that search was a third of the parse of a French statement
        // (README, "Performance").
        builder.InlineParsers.Insert(0, new AutoLinkParser(new AutoLinkOptions { UseHttpsForWWWLinks = true }) { OpeningCharacters = ['h', 'w', 'm'] });
        return builder.Build();
    }

    private static bool IsDeeperThan(MarkdownObject node, int depthLeft)
    {
        if (depthLeft < 0)
        {
            return true;
        }

        switch (node)
        {
            case ContainerBlock block:
                foreach (var child in block)
                {
                    if (IsDeeperThan(child, depthLeft - 1))
                    {
                        return true;
                    }
                }

                return false;
            case LeafBlock { Inline: { } inline }:
                return IsDeeperThan(inline, depthLeft - 1);
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (IsDeeperThan(child, depthLeft - 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static DomainException TooDeeplyNested() => DomainException.BadRequest(
        "Le texte est trop imbriqué (listes, citations ou emphases les unes dans les autres). / The text is nested too deeply (lists, quotes or emphasis inside one another).");
}
