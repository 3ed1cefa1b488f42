using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Console;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>The log category of ASP.NET Core's "Request starting/finished" lines.</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>The domain plus what the HTTP edge needs; the Functions worker and LocalHost both call this.</summary>
    public static IServiceCollection AddPauseIaMediaFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPauseIaMedia(configuration);
        services.AddMvcCore().AddJsonOptions(o => JsonDefaults.Apply(o.JsonSerializerOptions));
        services.AddSingleton<HttpFunctionGate>();
        services.AddSingleton<ConsoleAssets>();

        // ASP.NET Core's request lines print the query string, and ours carry secrets (the webhook's ?key=,
        // unsubscribe tokens): a rule added after the configured levels keeps them off. LocalHost logs
        // requests its own way, with the query's values hidden.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter(HostingDiagnostics, LogLevel.Warning));
        return services;
    }
}
