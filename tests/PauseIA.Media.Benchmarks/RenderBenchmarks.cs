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
    private readonly StatementDocument document;
    private readonly string markdown;

    public RenderBenchmarks()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new MailOptions()));
        services.AddMarkdown();
        services.AddSingleton<StatementRenderer>();
        renderer = services.BuildServiceProvider().GetRequiredService<StatementRenderer>();
        markdown = StatementText.Markdown();
        document = StatementDocument.Parse(markdown);
    }

    [Benchmark(Baseline = true)]
    public string PlainMarkdig() => Markdig.Markdown.ToHtml(document.Body);

    [Benchmark]
    public RenderedStatement StatementEmail() => renderer.Render(new RenderRequest(document, "-unsubscribeUrl-", ShowEmbargoLine: false));

    [Benchmark]
    public RenderedStatement StatementEmailFromMarkdown() => renderer.Render(new RenderRequest(StatementDocument.Parse(markdown), "-unsubscribeUrl-", ShowEmbargoLine: false));
}
