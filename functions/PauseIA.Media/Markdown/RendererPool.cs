using System.Collections.Concurrent;

namespace PauseIA.Media.Markdown;

/// <summary>
/// Renderers built once and reused, as Markdig's own <c>Markdown.ToHtml</c> does: building one (its
/// object renderers, each extension's, then the lookup of the renderer of each node type) costs a
/// good part of rendering a statement. Thread-safe; a renderer is used by one thread at a time.
/// </summary>
internal sealed class RendererPool<TRenderer>(Func<TRenderer> create)
    where TRenderer : class
{
    private readonly ConcurrentBag<TRenderer> idle = [];

    /// <summary>Runs <paramref name="use"/> with a renderer of the pool, which it must leave reusable.</summary>
    public TResult Use<TResult>(Func<TRenderer, TResult> use)
    {
        var renderer = idle.TryTake(out var taken) ? taken : create();
        var result = use(renderer);

        // Not returned after an exception: a renderer left half-way is not reused.
        idle.Add(renderer);
        return result;
    }
}
