using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.LocalHost.Hosting;
using PauseIA.Media.LocalHost.Http;
using PauseIA.Media.LocalHost.Queues;
using PauseIA.Media.LocalHost.Smtp;
using PauseIA.Media.LocalHost.Storage;
using PauseIA.Media.LocalHost.Timers;

namespace PauseIA.Media.LocalHost;

internal static class LocalHostServiceCollectionExtensions
{
    /// <summary>What LocalHost adds to the app's own services: the triggers, Easy Auth's part and the SMTP listener.</summary>
    public static IServiceCollection AddLocalHost(this IServiceCollection services, IConfiguration configuration, FunctionCatalog catalog, HostJsonSettings hostJson)
    {
        services.AddOptions<LocalHostOptions>().Bind(configuration.GetSection(LocalHostOptions.Section));

        // The worker's serializer for queue POCOs: its default is System.Text.Json ignoring case, unless the app sets WorkerOptions.
        services.Configure<JsonSerializerOptions>(o => o.PropertyNameCaseInsensitive = true);
        services.AddOptions<WorkerOptions>().PostConfigure<IOptions<JsonSerializerOptions>>((o, json) => o.Serializer ??= new JsonObjectSerializer(json.Value));

        services.AddSingleton<HttpFunctionDispatcher>();
        services.AddQueueTriggers(catalog, hostJson.Queues, configuration);
        services.AddTimerTriggers(catalog, configuration);

        var protection = services.AddDataProtection().SetApplicationName("PauseIA.Media.LocalHost");
        if (KeysFolder() is { } keys)
        {
            // Kept on disk so that a restart does not sign everyone out.
            protection.PersistKeysToFileSystem(keys);
        }

        services.AddSingleton<EasyAuthSession>();

        services.AddHttpClient(nameof(InboundParseForwarder));
        services.AddSingleton<InboundParseForwarder>();
        services.AddSingleton<SmtpInboundListener>();
        services.AddHostedService(sp => sp.GetRequiredService<SmtpInboundListener>());
        return services;
    }

    private static DirectoryInfo? KeysFolder()
    {
        try
        {
            return new DirectoryInfo(Path.Combine(RepositoryRoot.Find(), ".data", "localhost", "keys"));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
