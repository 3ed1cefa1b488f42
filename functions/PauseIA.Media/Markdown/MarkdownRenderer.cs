using Markdig;

namespace PauseIA.Media.Markdown;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: the render helper's shared renderer replaces this file.
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public string ToHtml(string markdown, string language) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    public string ToPlainText(string markdown, string language) => Markdig.Markdown.ToPlainText(markdown, Pipeline);
}
