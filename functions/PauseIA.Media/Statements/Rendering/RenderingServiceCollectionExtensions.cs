using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Statements.Rendering;

public static class RenderingServiceCollectionExtensions
{
    /// <summary>The statement email renderer and the Markdown pipeline it uses; needs <c>MailOptions</c> (from <c>AddEmail</c>).</summary>
    public static IServiceCollection AddStatementRendering(this IServiceCollection services)
    {
        services.AddMarkdown();
        services.TryAddSingleton<StatementRenderer>();
        return services;
    }
}
