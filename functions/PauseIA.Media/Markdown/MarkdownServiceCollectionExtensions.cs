using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PauseIA.Media.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    public static IServiceCollection AddMarkdown(this IServiceCollection services)
    {
        services.TryAddSingleton<MarkdownRenderer>();
        return services;
    }
}
