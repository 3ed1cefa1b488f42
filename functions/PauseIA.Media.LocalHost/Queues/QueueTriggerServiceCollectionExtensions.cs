using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Queues;

internal static class QueueTriggerServiceCollectionExtensions
{
    /// <summary>A listener per queue function; queue names are resolved and checked now, so a bad one stops the start.</summary>
    public static IServiceCollection AddQueueTriggers(this IServiceCollection services, FunctionCatalog catalog, QueueHostOptions options, IConfiguration configuration)
    {
        services.AddSingleton<TriggerQueues>();
        foreach (var (function, trigger) in catalog.WithTrigger<QueueFunctionTrigger>())
        {
            var name = AppSettingExpression.Resolve(trigger.QueueName, configuration, $"Function '{function.Name}' ([QueueTrigger])");
            if (!QueueNames.IsValid(name))
            {
                throw new LocalHostConfigurationException(
                    $"Function '{function.Name}': '{name}' is not a valid queue name (3 to 63 lower-case letters, digits and single hyphens).");
            }

            services.AddSingleton<IHostedService>(sp =>
            {
                var queues = sp.GetRequiredService<TriggerQueues>();
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger($"Function.{function.Name}");
                var serializer = sp.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer ?? new JsonObjectSerializer();
                var processor = new QueueMessageProcessor(function, trigger, queues.Queue(name), queues.Poison(name), options, sp, serializer, logger);
                return new QueueFunctionListener(queues.Queue(name), processor, options, logger);
            });
        }

        return services;
    }
}
