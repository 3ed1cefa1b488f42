using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PauseIA.Media.Statements.Rendering;

// TEMP stand-in: the rendering helper's registration replaces this file.
public static class RenderingServiceCollectionExtensions
{
    public static IServiceCollection AddStatementRendering(this IServiceCollection services)
    {
        services.TryAddSingleton<StatementRenderer>();
        return services;
    }
}
