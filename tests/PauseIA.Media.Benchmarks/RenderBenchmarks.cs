using BenchmarkDotNet.Attributes;
using Markdig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Benchmarks;

/// <summary>A 2,000-word statement to the email's HTML and text, against plain <c>Markdig.Markdown.ToHtml</c> on the same text.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly StatementRenderer renderer;
    private readonly MarkdownRenderer markdownRenderer;
    private readonly StatementDocument document;
    private readonly string markdown;

    public RenderBenchmarks()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new MailOptions()));
        services.AddMarkdown();
        services.AddSingleton<StatementRenderer>();
        var provider = services.BuildServiceProvider();
        renderer = provider.GetRequiredService<StatementRenderer>();
        markdownRenderer = provider.GetRequiredService<MarkdownRenderer>();
        markdown = StatementText.Markdown();
        document = StatementDocument.Parse(markdown);
    }

    [Benchmark(Baseline = true)]
    public string PlainMarkdig() => Markdig.Markdown.ToHtml(document.Body);

    /// <summary>The body alone as safe HTML (allow-list on the tree, typography), without the email's styles.</summary>
    [Benchmark]
    public string BodyHtml() => markdownRenderer.ToHtml(document.Body, document.Language);

    [Benchmark]
    public string BodyText() => markdownRenderer.ToPlainText(document.Body, document.Language);

    [Benchmark]
    public RenderedStatement StatementEmail() => renderer.Render(new RenderRequest(document, "-unsubscribeUrl-", ShowEmbargoLine: false));

    [Benchmark]
    public RenderedStatement StatementEmailFromMarkdown() => renderer.Render(new RenderRequest(StatementDocument.Parse(markdown), "-unsubscribeUrl-", ShowEmbargoLine: false));
}
