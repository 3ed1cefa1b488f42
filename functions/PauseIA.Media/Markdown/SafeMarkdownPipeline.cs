using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace PauseIA.Media.Markdown;

/// <summary>
/// The one Markdig pipeline of the application, shared by preview and send so that both read a
/// statement the same way. A pipeline is immutable and thread-safe once built.
/// </summary>
internal static class SafeMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        // Raw HTML (blocks and inline) is kept as escaped text: an author can never inject markup.
        .DisableHtml()
        .UsePipeTables()
        .UseFootnotes()
        // Front matter is metadata (title, language, embargo…), never body text.
        .UseYamlFrontMatter()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        // Strikethrough (~~…~~) and superscript (XXI^e^ siècle, 1^er^) only: single ~ is common
        // in prose (« ~20 % ») and must stay literal. Deliberately no generic attributes ({onclick=…}),
        // no task lists (<input>), no media embeds, no raw-HTML extensions.
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Superscript)
        .Build();
}
