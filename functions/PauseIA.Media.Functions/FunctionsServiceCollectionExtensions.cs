using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Console;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>The domain plus what the HTTP edge needs; the Functions worker and LocalHost both call this.</summary>
    public static IServiceCollection AddPauseIaMediaFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPauseIaMedia(configuration);
        services.AddMvcCore().AddJsonOptions(o => JsonDefaults.Apply(o.JsonSerializerOptions));
        services.AddSingleton<HttpFunctionGate>();
        services.AddSingleton<ConsoleAssets>();
        return services;
    }
}
